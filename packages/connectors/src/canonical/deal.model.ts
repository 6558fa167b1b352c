import { z } from 'zod';
import { customFields, isoDateTime } from './fields';

/** Canonical Deal, version 1: a sales opportunity. */
export const dealModel = z.object({
  name: z.string().min(1),
  amount: z.number().nullable(),
  currency: z.string().length(3).nullable(),
  stage: z.string().nullable(),
  pipeline: z.string().nullable(),
  closeDate: isoDateTime.nullable(),
  /** external id of the company in the same source */
  companyExternalId: z.string().nullable(),
  sourceCreatedAt: isoDateTime.nullable(),
  sourceUpdatedAt: isoDateTime.nullable(),
  custom: customFields,
});
export type Deal = z.infer<typeof dealModel>;

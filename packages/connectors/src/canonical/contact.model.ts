import { z } from 'zod';
import { customFields, isoDateTime } from './fields';

/** Canonical Contact, version 1: a person at a customer or prospect. */
export const contactModel = z.object({
  email: z.email().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phone: z.string().nullable(),
  companyName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  lifecycleStage: z.string().nullable(),
  sourceCreatedAt: isoDateTime.nullable(),
  sourceUpdatedAt: isoDateTime.nullable(),
  custom: customFields,
});
export type Contact = z.infer<typeof contactModel>;

import { z } from 'zod';
import { customFields, isoDateTime } from './fields';

/** Canonical Company, version 1: an organisation (account, customer). */
export const companyModel = z.object({
  name: z.string().min(1),
  domain: z.string().nullable(),
  industry: z.string().nullable(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  employeeCount: z.number().int().nonnegative().nullable(),
  annualRevenue: z.number().nullable(),
  sourceCreatedAt: isoDateTime.nullable(),
  sourceUpdatedAt: isoDateTime.nullable(),
  custom: customFields,
});
export type Company = z.infer<typeof companyModel>;

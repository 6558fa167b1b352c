import { z } from 'zod';

const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as USD');
const optionalText = z.string().trim().min(1).max(200).nullable().optional();

const addressSchema = z.object({
  line1: optionalText,
  city: optionalText,
  postal_code: optionalText,
  country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166 alpha-2 code').nullable().optional(),
});

export const customerInputSchema = z.object({
  display_name: z.string({ error: 'display_name is required' }).trim().min(1, 'display_name is required').max(200),
  email: z.email('email must be a valid email address').nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  billing_address: addressSchema.optional(),
  currency: currencySchema.default('USD'),
  active: z.boolean().default(true),
});
export type CustomerInput = z.infer<typeof customerInputSchema>;

const lineSchema = z.object({
  description: z.string({ error: 'description is required' }).trim().min(1, 'description is required'),
  quantity: z.number({ error: 'quantity must be a number' }).positive('quantity must be positive'),
  unit_price: z.number({ error: 'unit_price must be a number' }).min(0, 'unit_price must not be negative'),
});

export const invoiceInputSchema = z.object({
  customer_id: z.string({ error: 'customer_id is required' }).regex(/^CUS-\d+$/, 'customer_id must look like CUS-000001'),
  number: z.string().trim().min(1).max(40).optional(),
  issue_date: z.iso.date('issue_date must be a YYYY-MM-DD date'),
  due_date: z.iso.date('due_date must be a YYYY-MM-DD date').optional(),
  currency: currencySchema.optional(),
  status: z.enum(['draft', 'open']).default('draft'),
  tax_rate: z.number().min(0).max(1).default(0),
  lines: z.array(lineSchema, { error: 'lines are required' }).min(1, 'an invoice needs at least one line'),
});
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;

export const listQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).optional(),
  updated_since: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'updated_since must be an ISO 8601 timestamp')
    .optional(),
  include_deleted: z.enum(['true', 'false']).default('false'),
});

/** The first zod issue as the ERP's `{message, field}`. */
export function describeIssue(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  return { message: issue?.message ?? 'invalid request', field: issue?.path.join('.') ?? '' };
}

import { z } from 'zod';
import { customFields, isoDate, isoDateTime } from './fields';

export const invoiceLineModel = z.object({
  description: z.string(),
  quantity: z.number(),
  unitPrice: z.number(),
  amount: z.number(),
});

/** Canonical Invoice, version 1: a bill with line items. */
export const invoiceModel = z.object({
  number: z.string().min(1),
  customerExternalId: z.string().nullable(),
  customerEmail: z.email().nullable(),
  issueDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  currency: z.string().length(3),
  status: z.enum(['draft', 'open', 'paid', 'void']),
  lines: z.array(invoiceLineModel),
  subtotal: z.number(),
  tax: z.number(),
  total: z.number(),
  sourceCreatedAt: isoDateTime.nullable(),
  sourceUpdatedAt: isoDateTime.nullable(),
  custom: customFields,
});
export type Invoice = z.infer<typeof invoiceModel>;
export type InvoiceLine = z.infer<typeof invoiceLineModel>;

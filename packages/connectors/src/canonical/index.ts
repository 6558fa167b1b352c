import type { z } from 'zod';
import { companyModel, type Company } from './company.model';
import { contactModel, type Contact } from './contact.model';
import { dealModel, type Deal } from './deal.model';
import { invoiceModel, type Invoice } from './invoice.model';

export { companyModel, contactModel, dealModel, invoiceModel };
export type { Company, Contact, Deal, Invoice };
export type { InvoiceLine } from './invoice.model';

/** Every canonical model, by name, with its schema version. Bump `version` on any breaking change. */
export const canonicalModels = {
  contact: { version: 1, schema: contactModel, label: 'Contact' },
  company: { version: 1, schema: companyModel, label: 'Company' },
  deal: { version: 1, schema: dealModel, label: 'Deal' },
  invoice: { version: 1, schema: invoiceModel, label: 'Invoice' },
} as const satisfies Record<string, { version: number; schema: z.ZodType; label: string }>;

export type CanonicalModelName = keyof typeof canonicalModels;
export type CanonicalRecordOf<M extends CanonicalModelName> = z.infer<(typeof canonicalModels)[M]['schema']>;
export type CanonicalRecord = CanonicalRecordOf<CanonicalModelName>;
export const canonicalModelNames = Object.keys(canonicalModels) as CanonicalModelName[];

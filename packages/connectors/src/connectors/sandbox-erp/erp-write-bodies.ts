import type { CanonicalModelName, Company, Invoice } from '../../canonical/index';

/** The ERP collection a canonical model is written to, and the create body for a record. */
export interface ErpWritable {
  path: string;
  toBody(record: unknown): Record<string, unknown>;
}

function readCustomText(custom: Record<string, unknown>, key: string): string | null {
  const value = custom[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

let countryCodesByName: Map<string, string> | undefined;

/** ISO 3166 alpha-2 code for a code or an English country name ("United Kingdom" -> "GB"); null when unknown. */
export function toCountryCode(country: string | null): string | null {
  const text = country?.trim();
  if (!text) return null;
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  if (!countryCodesByName) {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    countryCodesByName = new Map();
    for (let a = 65; a <= 90; a += 1) {
      for (let b = 65; b <= 90; b += 1) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code)?.toLowerCase();
        // the first code wins: GB before the reserved UK, and ZZ is "Unknown Region"
        if (name && name !== code.toLowerCase() && code !== 'ZZ' && !countryCodesByName.has(name)) countryCodesByName.set(name, code);
      }
    }
  }
  return countryCodesByName.get(text.toLowerCase()) ?? null;
}

function customerBody(record: Company): Record<string, unknown> {
  const custom = record.custom;
  const body: Record<string, unknown> = {
    display_name: record.name,
    email: readCustomText(custom, 'email'),
    phone: record.phone,
    billing_address: {
      line1: readCustomText(custom, 'billingLine1'),
      city: record.city,
      postal_code: readCustomText(custom, 'billingPostalCode'),
      country: toCountryCode(record.country),
    },
  };
  const currency = readCustomText(custom, 'currency');
  if (currency) body.currency = currency.toUpperCase();
  return body;
}

/** The ERP computes amounts and totals itself: it takes quantities, unit prices and a tax rate. */
function invoiceBody(record: Invoice): Record<string, unknown> {
  const taxRate = record.subtotal > 0 ? Math.round((record.tax / record.subtotal) * 10_000) / 10_000 : 0;
  return {
    number: record.number,
    customer_id: record.customerExternalId,
    issue_date: record.issueDate,
    due_date: record.dueDate ?? undefined,
    currency: record.currency,
    status: record.status,
    tax_rate: taxRate,
    lines: record.lines.map((line) => ({ description: line.description, quantity: line.quantity, unit_price: line.unitPrice })),
  };
}

export const erpWritables: Partial<Record<CanonicalModelName, ErpWritable>> = {
  company: { path: '/api/v1/customers', toBody: (record) => customerBody(record as Company) },
  invoice: { path: '/api/v1/invoices', toBody: (record) => invoiceBody(record as Invoice) },
};

import { z } from 'zod';
import type { Invoice } from '../../canonical/index';
import { defineStream } from '../../define';
import { collectCustom, erpNumber, erpTimestamp, readDate, readText, readTimestamp } from './erp-values';
import type { SandboxErpSettings } from './sandbox-erp.settings';

const invoiceLineSchema = z.looseObject({
  description: z.string(),
  quantity: erpNumber,
  unit_price: erpNumber,
  amount: erpNumber,
});

/** An ERP invoice with its lines; unknown fields are kept for `custom`. */
export const erpInvoiceSchema = z.looseObject({
  id: z.string().min(1),
  number: z.string(),
  customer_id: z.string().nullable(),
  issue_date: z.string().nullable(),
  due_date: z.string().nullable(),
  currency: z.string(),
  status: z.enum(['draft', 'open', 'paid', 'void']),
  lines: z.array(invoiceLineSchema),
  subtotal: erpNumber,
  tax: erpNumber,
  total: erpNumber,
  created_at: erpTimestamp,
  updated_at: erpTimestamp,
});
export type ErpInvoice = z.infer<typeof erpInvoiceSchema>;

const known = new Set(['id', 'number', 'customer_id', 'issue_date', 'due_date', 'currency', 'status', 'lines', 'subtotal', 'tax', 'total', 'created_at', 'updated_at']);

/** ERP invoice -> canonical Invoice. */
export function normalizeInvoice(raw: ErpInvoice): Invoice {
  return {
    number: raw.number.trim(),
    customerExternalId: readText(raw.customer_id),
    customerEmail: null,
    issueDate: readDate(raw.issue_date, 'issue_date'),
    dueDate: readDate(raw.due_date, 'due_date'),
    currency: raw.currency.trim().toUpperCase(),
    status: raw.status,
    lines: raw.lines.map((line) => ({
      description: line.description.trim(),
      quantity: line.quantity,
      unitPrice: line.unit_price,
      amount: line.amount,
    })),
    subtotal: raw.subtotal,
    tax: raw.tax,
    total: raw.total,
    sourceCreatedAt: readTimestamp(raw.created_at),
    sourceUpdatedAt: readTimestamp(raw.updated_at),
    custom: collectCustom(raw, known),
  };
}

export const invoicesStream = defineStream<SandboxErpSettings, ErpInvoice, 'invoice'>({
  name: 'invoices',
  label: 'Invoices',
  model: 'invoice',
  pageSize: 100,
  /** incremental reads include deleted records, so deletions reach the hub */
  request: ({ since }) => ({ url: '/api/v1/invoices', query: { updated_since: since, include_deleted: since === undefined ? undefined : 'true' } }),
  paginator: { type: 'offset', offsetParam: 'offset', limitParam: 'limit', hasMorePath: 'pagination.has_more' },
  itemsPath: 'data',
  incremental: { value: (raw) => raw.updated_at },
  raw: erpInvoiceSchema,
  externalId: (raw) => raw.id,
  normalize: normalizeInvoice,
  fetchOne: async ({ http }, id) => (await http.request({ url: `/api/v1/invoices/${encodeURIComponent(id)}` })).body,
});

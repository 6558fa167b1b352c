import { hashText, hashUint, pickWith } from '../core/seed-hash';
import { products } from '../core/word-lists';
import { roundMoney, type ErpCustomerData, type ErpInvoiceData, type ErpInvoiceLine, type ErpObjectSpec } from './erp-object.types';

const dayMs = 86_400_000;
const issueWindowStartMs = Date.UTC(2025, 0, 1);
const statuses = ['draft', 'open', 'open', 'paid', 'paid', 'paid', 'paid', 'void'] as const;
const nextStatus: Record<ErpInvoiceData['status'], ErpInvoiceData['status']> = { draft: 'open', open: 'paid', paid: 'void', void: 'draft' };
const taxRates = [0, 0.07, 0.08, 0.19, 0.2] as const;
const quantities = [1, 1, 2, 3, 5, 10, 1.5, 7.25, 20] as const;

export function formatErpDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function formatErpId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(6, '0')}`;
}

/** Totals of invoice lines: amounts rounded per line, tax on the subtotal. */
export function computeInvoiceTotals(lines: ErpInvoiceLine[], taxRate: number): Pick<ErpInvoiceData, 'subtotal' | 'tax' | 'total'> {
  const subtotal = roundMoney(lines.reduce((sum, line) => sum + line.amount, 0));
  const tax = roundMoney(subtotal * taxRate);
  return { subtotal, tax, total: roundMoney(subtotal + tax) };
}

export function createInvoiceSpec(
  seed: number,
  counts: { customers: number; invoices: number },
  readCustomer: (index: number) => ErpCustomerData | undefined,
): ErpObjectSpec<ErpInvoiceData> {
  const salt = hashText('invoices');
  return {
    type: 'invoices',
    idPrefix: 'INV',
    generate(index) {
      const shape = hashUint(seed, salt, index, 1);
      const customerIndex = counts.customers > 0 ? hashUint(seed, salt, index, 2) % counts.customers : 0;
      const issueMs = issueWindowStartMs + Math.floor((index * 365) / Math.max(1, counts.invoices)) * dayMs;
      const lineCount = 1 + (shape % 4);
      const lines: ErpInvoiceLine[] = [];
      for (let line = 0; line < lineCount; line += 1) {
        const h = hashUint(seed, salt, index, 10 + line);
        const quantity = pickWith(quantities, h);
        const unitPrice = roundMoney(((h >>> 8) % 200_000) / 100 + 5);
        lines.push({ description: pickWith(products, h >>> 4), quantity, unit_price: unitPrice, amount: roundMoney(quantity * unitPrice) });
      }
      return {
        number: String(1000 + index + 1),
        customer_id: formatErpId('CUS', customerIndex),
        issue_date: formatErpDate(issueMs),
        due_date: formatErpDate(issueMs + pickWith([15, 30, 30, 45, 60], shape >>> 4) * dayMs),
        currency: readCustomer(customerIndex)?.currency ?? 'USD',
        status: pickWith(statuses, shape >>> 8),
        lines,
        ...computeInvoiceTotals(lines, pickWith(taxRates, shape >>> 12)),
      };
    },
    buildMutation(current) {
      return { ...current, status: nextStatus[current.status] };
    },
    malform(wire) {
      wire.total = 'n/a';
    },
  };
}

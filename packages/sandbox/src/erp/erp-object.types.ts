export const erpObjectTypes = ['customers', 'invoices'] as const;
export type ErpObjectType = (typeof erpObjectTypes)[number];

export interface ErpAddress {
  line1: string | null;
  city: string | null;
  postal_code: string | null;
  country: string | null;
}

export interface ErpCustomerData {
  display_name: string;
  email: string | null;
  phone: string | null;
  billing_address: ErpAddress;
  currency: string;
  balance: number;
  active: boolean;
}

export interface ErpInvoiceLine {
  description: string;
  quantity: number;
  unit_price: number;
  amount: number;
}

export interface ErpInvoiceData {
  number: string;
  customer_id: string;
  issue_date: string;
  due_date: string;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'void';
  lines: ErpInvoiceLine[];
  subtotal: number;
  tax: number;
  total: number;
}

/** Stored ERP record bodies (id and timestamps are derived from the stored record). */
export type ErpData = ErpCustomerData | ErpInvoiceData;

export interface ErpObjectSpec<T extends ErpData> {
  type: ErpObjectType;
  idPrefix: 'CUS' | 'INV';
  generate(index: number): T;
  buildMutation(current: T, index: number, version: number): T;
  /** Corrupts one field of a served record chosen as malformed. */
  malform(wire: Record<string, unknown>, hash: number): void;
}

export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

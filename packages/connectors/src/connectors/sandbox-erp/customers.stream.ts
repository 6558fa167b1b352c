import { z } from 'zod';
import type { Company } from '../../canonical/index';
import { defineStream } from '../../define';
import { collectCustom, erpNumber, erpTimestamp, readEmail, readEmailDomain, readText, readTimestamp } from './erp-values';
import type { SandboxErpSettings } from './sandbox-erp.settings';

const addressSchema = z.looseObject({
  line1: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  postal_code: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
});

/** An ERP customer (an organisation we bill); unknown fields are kept for `custom`. */
export const erpCustomerSchema = z.looseObject({
  id: z.string().min(1),
  display_name: z.string(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  billing_address: addressSchema.nullable().optional(),
  currency: z.string().nullable().optional(),
  balance: erpNumber.nullable().optional(),
  active: z.boolean().optional(),
  created_at: erpTimestamp,
  updated_at: erpTimestamp,
  deleted: z.boolean().optional(),
});
export type ErpCustomer = z.infer<typeof erpCustomerSchema>;

const known = new Set(['id', 'display_name', 'email', 'phone', 'billing_address', 'currency', 'balance', 'active', 'created_at', 'updated_at', 'deleted']);

/** ERP customer -> canonical Company; the domain comes from the billing email, other billing details go to `custom`. */
export function normalizeCustomer(raw: ErpCustomer): Company {
  const address = raw.billing_address ?? {};
  const email = readEmail(raw.email, 'email');
  return {
    name: raw.display_name.trim(),
    domain: readEmailDomain(email),
    industry: null,
    phone: readText(raw.phone),
    city: readText(address.city),
    country: readText(address.country),
    employeeCount: null,
    annualRevenue: null,
    sourceCreatedAt: readTimestamp(raw.created_at),
    sourceUpdatedAt: readTimestamp(raw.updated_at),
    custom: {
      email,
      currency: readText(raw.currency)?.toUpperCase() ?? null,
      balance: raw.balance ?? null,
      active: raw.active ?? null,
      billingLine1: readText(address.line1),
      billingPostalCode: readText(address.postal_code),
      ...collectCustom(raw, known),
    },
  };
}

export const customersStream = defineStream<SandboxErpSettings, ErpCustomer, 'company'>({
  name: 'customers',
  label: 'Customers',
  model: 'company',
  pageSize: 100,
  /** incremental reads include deleted records, so deletions reach the hub */
  request: ({ since }) => ({ url: '/api/v1/customers', query: { updated_since: since, include_deleted: since === undefined ? undefined : 'true' } }),
  paginator: { type: 'offset', offsetParam: 'offset', limitParam: 'limit', hasMorePath: 'pagination.has_more' },
  itemsPath: 'data',
  incremental: { value: (raw) => raw.updated_at },
  raw: erpCustomerSchema,
  externalId: (raw) => raw.id,
  isDeleted: (raw) => raw.deleted === true,
  normalize: normalizeCustomer,
  fetchOne: async ({ http }, id) => (await http.request({ url: `/api/v1/customers/${encodeURIComponent(id)}` })).body,
});

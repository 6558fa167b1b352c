import { createRecordStore, type RecordStore, type StoredRecord } from '../core/record-store';
import { hashText, hashUint, hashUnit } from '../core/seed-hash';
import { type UpdateClock } from '../core/update-clock';
import { applyDrift } from '../core/drift';
import { type Faults } from '../sandbox.types';
import { createCustomerSpec } from './customer.generator';
import { type ErpCustomerData, type ErpData, type ErpInvoiceData, type ErpObjectSpec, type ErpObjectType } from './erp-object.types';
import { createInvoiceSpec, formatErpId } from './invoice.generator';

export const erpWindowStartMs = Date.UTC(2025, 0, 1);
export const erpWindowEndMs = Date.UTC(2026, 0, 1);
const malformedField = 0xbad;

export interface ErpObjectState<T extends ErpData = ErpData> {
  spec: ErpObjectSpec<T>;
  store: RecordStore<T>;
  salt: number;
}

export interface ErpCatalog {
  customers: ErpObjectState<ErpCustomerData>;
  invoices: ErpObjectState<ErpInvoiceData>;
  find(type: string): ErpObjectState | undefined;
  parseId(state: ErpObjectState, id: string): number | undefined;
  isMalformed(state: ErpObjectState, record: StoredRecord<ErpData>, rate: number): boolean;
  serialize(state: ErpObjectState, record: StoredRecord<ErpData>, faults: Faults): Record<string, unknown>;
}

export function createErpCatalog(seed: number, counts: Record<ErpObjectType, number>, clock: UpdateClock): ErpCatalog {
  const window = { windowStartMs: erpWindowStartMs, windowEndMs: erpWindowEndMs };
  const customerSpec = createCustomerSpec(seed);
  const customers: ErpObjectState<ErpCustomerData> = {
    spec: customerSpec,
    store: createRecordStore({ seed, salt: hashText('customers'), baseCount: counts.customers, ...window, generate: customerSpec.generate }, clock),
    salt: hashText('customers'),
  };
  const invoiceSpec = createInvoiceSpec(seed, counts, (index) => customers.store.get(index)?.data);
  const invoices: ErpObjectState<ErpInvoiceData> = {
    spec: invoiceSpec,
    store: createRecordStore({ seed, salt: hashText('invoices'), baseCount: counts.invoices, ...window, generate: invoiceSpec.generate }, clock),
    salt: hashText('invoices'),
  };
  const states: Record<ErpObjectType, ErpObjectState> = { customers, invoices };

  function isMalformed(state: ErpObjectState, record: StoredRecord<ErpData>, rate: number): boolean {
    if (rate <= 0 || record.clientWritten || record.index >= state.store.baseCount) return false;
    return hashUnit(seed, state.salt, record.index, malformedField) < rate;
  }

  return {
    customers,
    invoices,
    find: (type) => (type === 'customers' || type === 'invoices' ? states[type] : undefined),
    parseId(state, id) {
      const match = new RegExp(`^${state.spec.idPrefix}-(\\d{1,15})$`).exec(id);
      const index = match ? Number(match[1]) - 1 : -1;
      return index >= 0 ? index : undefined;
    },
    isMalformed,
    serialize(state, record, faults) {
      const wire: Record<string, unknown> = {
        id: formatErpId(state.spec.idPrefix, record.index),
        ...record.data,
        created_at: new Date(record.createdAt).toISOString(),
        updated_at: new Date(record.updatedAt).toISOString(),
      };
      if (record.archived) wire.deleted = true;
      if (isMalformed(state, record, faults.malformedRate)) state.spec.malform(wire, hashUint(seed, state.salt, record.index, malformedField + 1));
      if (faults.drift && faults.drift.object === state.spec.type) applyDrift(wire, faults.drift);
      return wire;
    },
  };
}

import { SandboxError } from '../core/sandbox-error';
import { type ErpCatalog } from './erp-catalog';
import { formatErpId } from './invoice.generator';

function requireState(catalog: ErpCatalog, object: string, count: number) {
  const state = catalog.find(object);
  if (!state) throw new SandboxError('unknown_object', `unknown ERP object "${object}" (customers, invoices)`);
  if (!Number.isInteger(count) || count < 0) throw new SandboxError('invalid_count', 'count must be a non-negative integer');
  return state;
}

/** Changes `count` live records as if edited in the ERP (balance / status); returns their ids. */
export function mutateErpRecords(catalog: ErpCatalog, object: string, count: number): string[] {
  const state = requireState(catalog, object, count);
  return state.store.pickLive(count).map((index) => {
    const current = state.store.get(index);
    if (current) state.store.write(index, state.spec.buildMutation(current.data, index, current.version + 1), false);
    return formatErpId(state.spec.idPrefix, index);
  });
}

/** Deletes (archives) `count` live records; returns their ids. */
export function removeErpRecords(catalog: ErpCatalog, object: string, count: number): string[] {
  const state = requireState(catalog, object, count);
  return state.store.pickLive(count).map((index) => {
    state.store.archive(index);
    return formatErpId(state.spec.idPrefix, index);
  });
}

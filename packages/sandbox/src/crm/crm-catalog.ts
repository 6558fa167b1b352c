import { createRecordStore, type RecordStore, type StoredRecord } from '../core/record-store';
import { hashText, hashUint, hashUnit } from '../core/seed-hash';
import { type UpdateClock } from '../core/update-clock';
import { createCompanySpec } from './company.generator';
import { createContactSpec } from './contact.generator';
import { crmObjectTypes, type CrmObjectSpec, type CrmObjectType, type CrmProperties } from './crm-object.types';
import { createDealSpec } from './deal.generator';

export const crmWindowStartMs = Date.UTC(2025, 0, 1);
export const crmWindowEndMs = Date.UTC(2026, 0, 1);
const malformedField = 0xbad;

export interface CrmObjectState {
  spec: CrmObjectSpec;
  store: RecordStore<CrmProperties>;
  salt: number;
  /** Normalized unique value (email / domain) -> index, for records living in the overlay. */
  uniqueIndex: Map<string, number>;
}

export interface CrmCatalog {
  find(type: string): CrmObjectState | undefined;
  /** Looks up a live record by its unique property (email / domain). */
  findByUnique(state: CrmObjectState, value: string): number | undefined;
  /** Writes (index given) or creates a record and keeps the unique index current. */
  save(state: CrmObjectState, index: number | undefined, data: CrmProperties, clientWritten: boolean): StoredRecord<CrmProperties>;
  isMalformed(state: CrmObjectState, record: StoredRecord<CrmProperties>, rate: number): boolean;
  /** A stable hash used to pick how a malformed record is corrupted. */
  malformHash(state: CrmObjectState, index: number): number;
}

export function formatCrmId(index: number): string {
  return String(index + 1);
}

export function parseCrmId(id: string): number | undefined {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) - 1 : undefined;
}

function normalizeUnique(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

export function createCrmCatalog(
  seed: number,
  counts: Record<CrmObjectType, number>,
  clock: UpdateClock,
): CrmCatalog {
  const specs: Record<CrmObjectType, CrmObjectSpec> = {
    contacts: createContactSpec(seed),
    companies: createCompanySpec(seed),
    deals: createDealSpec(seed, counts.companies),
  };
  const states = new Map<string, CrmObjectState>(
    crmObjectTypes.map((type) => {
      const salt = hashText(type);
      const spec = specs[type];
      const store = createRecordStore(
        { seed, salt, baseCount: counts[type], windowStartMs: crmWindowStartMs, windowEndMs: crmWindowEndMs, generate: spec.generate },
        clock,
      );
      return [type, { spec, store, salt, uniqueIndex: new Map<string, number>() }];
    }),
  );

  return {
    find: (type) => states.get(type),
    findByUnique(state, value) {
      const property = state.spec.uniqueProperty;
      if (!property) return undefined;
      const wanted = normalizeUnique(value);
      const isMatch = (index: number | undefined): index is number => {
        if (index === undefined) return false;
        const record = state.store.get(index);
        return record !== undefined && !record.archived && normalizeUnique(record.data[property]) === wanted;
      };
      const known = state.uniqueIndex.get(wanted);
      if (isMatch(known)) return known;
      const hint = state.spec.readIndexHint?.(value);
      if (hint !== undefined && hint < state.store.baseCount && !state.store.overlay().has(hint) && isMatch(hint)) return hint;
      return undefined;
    },
    save(state, index, data, clientWritten) {
      const property = state.spec.uniqueProperty;
      const previous = index === undefined ? undefined : state.store.get(index);
      const record = index === undefined ? state.store.create(data) : state.store.write(index, data, clientWritten);
      if (property) {
        const before = normalizeUnique(previous?.data[property]);
        if (before && state.uniqueIndex.get(before) === record.index) state.uniqueIndex.delete(before);
        const after = normalizeUnique(record.data[property]);
        if (after) state.uniqueIndex.set(after, record.index);
      }
      return record;
    },
    isMalformed(state, record, rate) {
      if (rate <= 0 || record.clientWritten || record.index >= state.store.baseCount) return false;
      return hashUnit(seed, state.salt, record.index, malformedField) < rate;
    },
    malformHash: (state, index) => hashUint(seed, state.salt, index, malformedField + 1),
  };
}

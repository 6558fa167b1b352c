import { type StoredRecord } from '../core/record-store';
import { applyDrift } from '../core/drift';
import { type Faults } from '../sandbox.types';
import { formatCrmId, type CrmCatalog, type CrmObjectState } from './crm-catalog';
import { type CrmProperties } from './crm-object.types';

export interface CrmWireRecord {
  id: string;
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

/** Known property names out of a `properties` request parameter; unknown names are ignored, as HubSpot does. */
export function selectProperties(state: CrmObjectState, requested: string[] | undefined): readonly string[] {
  if (!requested || requested.length === 0) return state.spec.defaultProperties;
  const known = new Set(state.spec.properties);
  return Array.from(new Set(requested.map((name) => name.trim()).filter((name) => known.has(name))));
}

/** Serializes one record as HubSpot does: property values are strings or null; faults applied last. */
export function serializeCrmRecord(
  catalog: CrmCatalog,
  state: CrmObjectState,
  record: StoredRecord<CrmProperties>,
  selected: readonly string[],
  faults: Faults,
): CrmWireRecord {
  const id = formatCrmId(record.index);
  const createdAt = new Date(record.createdAt).toISOString();
  const updatedAt = new Date(record.updatedAt).toISOString();
  const properties: Record<string, unknown> = {};
  for (const name of selected) {
    if (name === 'createdate') properties[name] = createdAt;
    else if (name === state.spec.modifiedProperty) properties[name] = updatedAt;
    else if (name === 'hs_object_id') properties[name] = id;
    else properties[name] = record.data[name] ?? null;
  }
  if (catalog.isMalformed(state, record, faults.malformedRate)) {
    const corrupted: Record<string, unknown> = {};
    state.spec.malform(corrupted, catalog.malformHash(state, record.index));
    for (const [name, value] of Object.entries(corrupted)) if (name in properties) properties[name] = value;
  }
  if (faults.drift && faults.drift.object === state.spec.type) applyDrift(properties, faults.drift);
  const wire: CrmWireRecord = { id, properties, createdAt, updatedAt, archived: record.archived };
  if (record.archived) wire.archivedAt = updatedAt;
  return wire;
}

import { z } from 'zod';
import type { CanonicalModelName, CanonicalRecordOf } from '../../canonical/index';
import { ConnectorError } from '../../engine/connector-error';
import { readPath } from '../../engine/dotted-path';
import { mapRecord, type FieldMap } from './field-map';
import { readId } from './read-id';

/** A provider record as configured connectors see it: a JSON object. */
export type RawRecord = Record<string, unknown>;

/** The settings every data-configured stream shares: which model, where the id is, how fields map. */
export interface MappedRecordsConfig {
  model: CanonicalModelName;
  idField: string;
  deletedField?: string;
  fieldMap: FieldMap;
  customFields: 'leftovers' | 'none';
}

/** The record half of a stream definition (raw schema, id, deleted flag, normalize) for a data-configured stream. */
export interface MappedRecords {
  model: CanonicalModelName;
  raw: z.ZodType<RawRecord>;
  externalId(raw: RawRecord): string;
  isDeleted?(raw: RawRecord): boolean;
  normalize(raw: RawRecord): CanonicalRecordOf<CanonicalModelName>;
}

/** Builds the raw schema, id reader and field-map normalizer of a configured stream. */
export function describeMappedRecords(config: MappedRecordsConfig): MappedRecords {
  const { model, idField, deletedField, fieldMap, customFields } = config;
  const raw = z.record(z.string(), z.unknown()).superRefine((record, ctx) => {
    if (readId(record, idField) === undefined) {
      ctx.addIssue({ code: 'custom', path: idField.split('.'), message: `missing record id at "${idField}"` });
    }
  });
  const ignore = [idField, ...(deletedField ? [deletedField] : [])];
  return {
    model,
    raw,
    externalId(record) {
      const id = readId(record, idField);
      if (id === undefined) throw new ConnectorError('permanent', `record has no id at "${idField}"`);
      return id;
    },
    ...(deletedField ? { isDeleted: (record: RawRecord) => isTruthyFlag(readPath(record, deletedField)) } : {}),
    normalize: (record) => mapRecord(record, { model, fieldMap, customFields, ignore }),
  };
}

function isTruthyFlag(value: unknown): boolean {
  if (typeof value === 'string') return ['true', '1', 'yes', 'deleted', 'archived'].includes(value.trim().toLowerCase());
  return value === true || value === 1;
}

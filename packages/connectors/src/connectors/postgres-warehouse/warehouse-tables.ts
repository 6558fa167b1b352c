import { createHash } from 'node:crypto';
import { escapeIdentifier } from 'pg';
import type { CanonicalModelName } from '../../canonical/index';
import { describeModelFields, type FieldKind } from '../rest-declarative/model-fields';

/** A typed column copied out of the record's JSON for querying; `data` keeps the whole record. */
export interface WarehouseColumn {
  column: string;
  field: string;
  sqlType: string;
}

const sqlTypes: Partial<Record<FieldKind, string>> = {
  string: 'text',
  email: 'text',
  enum: 'text',
  datetime: 'timestamptz',
  date: 'date',
  integer: 'bigint',
  number: 'double precision',
  boolean: 'boolean',
};

const fixedColumns = new Set(['canonical_id', 'version', 'data', 'synced_at', 'deleted']);

/**
 * `<prefix>_<tenant id>` with `-` as `_`. Ids made of lowercase letters, digits and `-` map one to
 * one; any other id (or one too long for Postgres's 63-byte names) gets a hash suffix, so two
 * tenants can never share a schema.
 */
export function buildSchemaName(prefix: string, tenantId: string): string {
  const base = `${prefix}_${tenantId.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
  if (/^[a-z0-9-]+$/.test(tenantId) && base.length <= 63) return base;
  const digest = createHash('sha256').update(tenantId).digest('hex').slice(0, 10);
  return `${base.slice(0, 52)}_${digest}`;
}

/** The model's top-level scalar fields as snake_case typed columns (arrays and `custom` stay in `data`). */
export function describeWarehouseColumns(model: CanonicalModelName): WarehouseColumn[] {
  return describeModelFields(model).flatMap((field) => {
    const sqlType = sqlTypes[field.kind];
    const column = field.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return sqlType && !fixedColumns.has(column) ? [{ column, field: field.name, sqlType }] : [];
  });
}

/** Fully quoted `"schema"."model"`. */
export function quoteTable(schema: string, model: CanonicalModelName): string {
  return `${escapeIdentifier(schema)}.${escapeIdentifier(model)}`;
}

/** DDL that creates the tenant schema and the model table, and adds typed columns a newer model version introduced. */
export function buildEnsureTableSql(schema: string, model: CanonicalModelName): string[] {
  const table = quoteTable(schema, model);
  const columns = describeWarehouseColumns(model);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(schema)}`,
    `CREATE TABLE IF NOT EXISTS ${table} (
      canonical_id text PRIMARY KEY,
      version integer NOT NULL,
      data jsonb NOT NULL,
      synced_at timestamptz NOT NULL DEFAULT now(),
      deleted boolean NOT NULL DEFAULT false
    )`,
    ...(columns.length === 0
      ? []
      : [`ALTER TABLE ${table} ${columns.map((c) => `ADD COLUMN IF NOT EXISTS ${escapeIdentifier(c.column)} ${c.sqlType}`).join(', ')}`]),
  ];
}

/**
 * One statement that moves the staging rows into the model table, newer versions only:
 * a row whose version is not newer than the stored one is left alone and not returned.
 */
export function buildUpsertSql(schema: string, model: CanonicalModelName, stagingTable: string): string {
  const columns = describeWarehouseColumns(model);
  const typed = columns.map((c) => escapeIdentifier(c.column));
  const extract = columns.map((c) => `(s.data->>'${c.field}')::${c.sqlType}`);
  const updates = ['version', 'data', 'synced_at', 'deleted', ...typed].map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${quoteTable(schema, model)} AS t (canonical_id, version, data, synced_at, deleted${typed.map((c) => `, ${c}`).join('')})
    SELECT s.canonical_id, s.version, s.data, now(), s.deleted${extract.map((e) => `, ${e}`).join('')} FROM ${stagingTable} s
    ON CONFLICT (canonical_id) DO UPDATE SET ${updates.join(', ')}
    WHERE t.version < excluded.version
    RETURNING t.canonical_id, t.version`;
}

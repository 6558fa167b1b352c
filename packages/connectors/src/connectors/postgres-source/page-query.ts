import pg from 'pg';
import { ConnectorError } from '../../engine/connector-error';
import type { PostgresStreamSettings } from './source-settings';

/** Where a read stands: the (change time, key) of the last row handed out, as Postgres text. */
export type Keyset = [updatedAt: string, key: string];

export interface PageQueryInput {
  since: string | undefined;
  after: Keyset | undefined;
  limit: number;
}

/**
 * One page in keyset order: `(updated_at, pk) > (after)` and, for incremental reads, `updated_at > since`.
 * Rows sharing a change time are ordered by the key, so a page boundary inside such a group
 * neither skips nor repeats a row. The values come back as parameters typed by their columns.
 */
export function buildPageQuery(config: PostgresStreamSettings, input: PageQueryInput): { text: string; values: string[] } {
  const source = config.table ? `SELECT * FROM ${quoteTableName(config.table)}` : (config.query ?? '').trim().replace(/;+\s*$/, '');
  const u = `src.${pg.escapeIdentifier(config.updatedAtColumn)}`;
  const k = `src.${pg.escapeIdentifier(config.primaryKeyColumn)}`;
  const values: string[] = [];
  const conditions = [`${u} IS NOT NULL`];
  if (input.since !== undefined) {
    values.push(input.since);
    conditions.push(`${u} > $${values.length}`);
  }
  if (input.after) {
    values.push(input.after[0], input.after[1]);
    conditions.push(`(${u}, ${k}) > ($${values.length - 1}, $${values.length})`);
  }
  const text = `SELECT src.* FROM (${source}) AS src WHERE ${conditions.join(' AND ')} ORDER BY ${u}, ${k} LIMIT ${Math.floor(input.limit)}`;
  return { text, values };
}

function quoteTableName(table: string): string {
  return table
    .split('.')
    .map((part) => pg.escapeIdentifier(part))
    .join('.');
}

/** The keyset of a row, from its change-time and key columns. */
export function readKeyset(row: Record<string, unknown>, config: PostgresStreamSettings): Keyset {
  return [renderKeyValue(row[config.updatedAtColumn]), renderKeyValue(row[config.primaryKeyColumn])];
}

function renderKeyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new ConnectorError('config', `keyset column holds an unsupported value (${value === null ? 'null' : typeof value})`);
}

/** Reads a saved position back; a position this stream did not write is a configuration error. */
export function decodePosition(position: string | undefined): Keyset | undefined {
  if (position === undefined) return undefined;
  const parsed: unknown = JSON.parse(position);
  if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) return [parsed[0], parsed[1]];
  throw new ConnectorError('config', `unreadable postgres-source position "${position}"`);
}

export function encodePosition(keyset: Keyset): string {
  return JSON.stringify(keyset);
}

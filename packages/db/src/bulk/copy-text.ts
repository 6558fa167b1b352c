import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value for one column of COPY's text format: text, a JSON document (already serialised), a boolean, a number or NULL. */
export type CopyValue = string | number | boolean | null | { json: string };

const hasSpecial = /[\\\n\r\t]/;
const specials = /[\\\n\r\t]/g;

/** Escapes text for COPY's text format (backslash, newline, carriage return, tab). */
export function escapeCopyText(text: string): string {
  return hasSpecial.test(text) ? text.replace(specials, (ch) => (ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\t')) : text;
}

/** JSON.stringify never emits raw control characters, so doubling backslashes is all COPY needs. */
export function escapeCopyJson(json: string): string {
  return json.includes('\\') ? json.replace(/\\/g, '\\\\') : json;
}

function renderValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeCopyText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeCopyJson(value.json);
}

/** One line of COPY text: the values tab-separated, newline-terminated. */
export function renderCopyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) line += (i === 0 ? '' : '\t') + renderValue(values[i] as CopyValue);
  return `${line}\n`;
}

const bytesPerChunk = 256 * 1024;

function* renderChunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += renderCopyLine(row);
    if (chunk.length >= bytesPerChunk) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Streams rows into `table (columns)` with COPY FROM STDIN on the caller's client (and so
 * inside its transaction), in chunks of about 256 kB; resolves when the server has
 * acknowledged the COPY.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(renderChunks(rows)), stream);
}

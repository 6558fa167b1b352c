import { hash } from 'node:crypto';

/**
 * The value rebuilt with object keys in sorted order at every depth (`toJSON` applied first,
 * bigints as decimal text), for the native JSON.stringify to write: about three times faster
 * than assembling the text by hand, and the hash of every source record goes through it.
 */
function sortedForJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? value.toString() : value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortedForJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return value.map(sortedForJson);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedForJson((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * JSON with object keys sorted at every depth, so equal content gives equal text.
 * Follows JSON.stringify otherwise: `undefined` / functions are dropped from objects and
 * become null in arrays, `toJSON` is honoured, non-finite numbers become null.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortedForJson(value)) ?? 'null';
}

/** sha256 (hex) of the value's stable JSON: the content hash used for source and canonical records. */
export function hashRecord(value: unknown): string {
  return hash('sha256', stableStringify(value), 'hex');
}

import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal content gives equal text.
 * Follows JSON.stringify otherwise: `undefined` / functions are dropped from objects and
 * become null in arrays, `toJSON` is honoured, non-finite numbers become null.
 */
export function stableStringify(value: unknown): string {
  return serialize(value) ?? 'null';
}

function serialize(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function') {
    return serialize((value as { toJSON(): unknown }).toJSON());
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object':
      break;
    default:
      return undefined;
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => serialize(item) ?? 'null').join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .flatMap((key) => {
      const text = serialize((value as Record<string, unknown>)[key]);
      return text === undefined ? [] : [`${JSON.stringify(key)}:${text}`];
    });
  return `{${entries.join(',')}}`;
}

/** sha256 (hex) of the value's stable JSON: the content hash used for source and canonical records. */
export function hashRecord(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

import type { FieldDescription, FieldKind } from './model-fields';

/**
 * Coerces a provider value towards a canonical field's kind: trims strings, reads numbers
 * and booleans from text, turns dates and epochs into ISO strings. A value that cannot be
 * coerced is returned unchanged so canonical validation reports it with its path.
 */
export function coerceField(value: unknown, field: FieldDescription): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '' && field.kind !== 'array') return null;
  if (field.kind === 'array') return coerceArray(value, field.items);
  return coerceScalar(value, field.kind);
}

function coerceScalar(value: unknown, kind: FieldKind): unknown {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    case 'email':
      return typeof value === 'string' ? value.trim().toLowerCase() : value;
    case 'enum':
      return typeof value === 'string' ? value.trim().toLowerCase() : value;
    case 'datetime':
      return toIsoDateTime(value) ?? value;
    case 'date':
      return toIsoDate(value) ?? value;
    case 'integer':
    case 'number':
      return toNumber(value) ?? value;
    case 'boolean':
      return toBoolean(value) ?? value;
    default:
      return value;
  }
}

function coerceArray(value: unknown, items: FieldDescription[] | undefined): unknown {
  if (!Array.isArray(value)) return value;
  if (!items) return value;
  return value.map((element) => {
    if (element === null || typeof element !== 'object') return element;
    const source = element as Record<string, unknown>;
    return Object.fromEntries(items.map((item) => [item.name, coerceField(source[item.name], item)]));
  });
}

/** Milliseconds or seconds since the epoch (numbers below 1e11 are read as seconds), Date or parseable text -> ISO-8601. */
export function toIsoDateTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return toIsoDateTime(Number(text));
  const parsed = new Date(normalizeTimestampText(text));
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** Postgres-style "2026-01-31 12:00:00+00" -> "2026-01-31T12:00:00+00:00", other text unchanged. */
function normalizeTimestampText(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(:?\d{2})?$/.exec(text);
  if (!match) return text;
  const minutes = match[4] ? match[4].replace(':', '') : '00';
  return `${match[1]}T${match[2]}${match[3]}:${minutes}`;
}

function toIsoDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (match) return match[1];
  }
  return toIsoDateTime(value)?.slice(0, 10);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return undefined;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) ? parsed : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', '0', 'no', 'n'].includes(text)) return false;
  return undefined;
}

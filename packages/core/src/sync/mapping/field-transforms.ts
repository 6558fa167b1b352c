import type { FieldTransform, ScalarValue } from './mapping-spec';

/** A transform that cannot handle its input; the record is dead-lettered unless the rule says `onError: "null"`. */
export class TransformError extends Error {
  override readonly name = 'TransformError';
}

/** The hub's other canonical records a lookup may read: model -> identity -> record data. */
export type LookupTable = ReadonlyMap<string, ReadonlyMap<string, Record<string, unknown>>>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TransformError(`expected text, got ${Array.isArray(value) ? 'an array' : typeof value}`);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** "  JANE o'neil-SMITH " -> "Jane O'Neil-Smith" */
export function toTitleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function normalizeEmail(value: unknown): string | null {
  const text = asText(value)?.trim().toLowerCase();
  if (!text) return null;
  if (!emailPattern.test(text)) throw new TransformError(`"${text}" is not an email address`);
  return text;
}

/** "https://www.Acme.com/about" or "jane@acme.com" -> "acme.com" */
export function normalizeDomain(value: unknown): string | null {
  const text = asText(value)?.trim().toLowerCase();
  if (!text) return null;
  const host = text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '');
  const domain = host.replace(/^www\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) throw new TransformError(`"${text}" has no domain`);
  return domain;
}

/** E.164-ish: "+" and 8-15 digits; "(415) 555-0100" with country "1" -> "+14155550100"; "0044 20 7946 0958" -> "+442079460958". */
export function normalizePhone(value: unknown, defaultCountryCode: string): string | null {
  const text = asText(value)?.trim();
  if (!text) return null;
  const withoutExtension = text.replace(/\s*(ext\.?|x|#)\s*\d+$/i, '');
  let digits = withoutExtension.replace(/\D/g, '');
  if (withoutExtension.startsWith('+')) digits = `+${digits}`;
  else if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith(defaultCountryCode) && digits.length > 10) digits = `+${digits}`;
  else digits = `+${defaultCountryCode}${digits.replace(/^0/, '')}`;
  if (!/^\+\d{8,15}$/.test(digits)) throw new TransformError(`"${text}" is not a phone number`);
  return digits;
}

function toDate(value: unknown, format: string): Date {
  const text = asText(value)?.trim() ?? '';
  let ms = Number.NaN;
  const dm = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (format === 'epoch-ms' || (format === 'auto' && /^\d{11,}$/.test(text))) ms = Number(text);
  else if (format === 'epoch-s' || (format === 'auto' && /^\d{9,10}$/.test(text))) ms = Number(text) * 1000;
  else if ((format === 'dd/mm/yyyy' || format === 'mm/dd/yyyy') && dm) {
    const [day, month] = format === 'dd/mm/yyyy' ? [dm[1], dm[2]] : [dm[2], dm[1]];
    ms = Date.UTC(Number(dm[3]), Number(month) - 1, Number(day));
  } else if (format === 'auto' || format === 'iso') ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw new TransformError(`"${text}" is not a date (${format})`);
  return new Date(ms);
}

function mapValue(value: unknown, t: Extract<FieldTransform, { op: 'map' }>): unknown {
  const key = asText(value)?.trim().toLowerCase() ?? '';
  for (const [from, to] of Object.entries(t.values)) if (from.trim().toLowerCase() === key) return to;
  if (t.otherwise === 'null') return null;
  if (t.otherwise === 'fail') throw new TransformError(`"${key}" has no mapping`);
  return value;
}

function lookUp(value: unknown, t: Extract<FieldTransform, { op: 'lookup' }>, lookups: LookupTable): unknown {
  const key = asText(value)?.trim().toLowerCase();
  const found = key ? lookups.get(t.model)?.get(key) : undefined;
  if (found && found[t.field] !== undefined) return found[t.field];
  if (t.otherwise === 'keep') return value;
  if (t.otherwise === 'fail') throw new TransformError(`no ${t.model} "${key ?? ''}" in the hub`);
  return null;
}

/** Applies one transform. Null passes through everything except `default`, `map` and `lookup`. */
export function applyTransform(value: unknown, t: FieldTransform, lookups: LookupTable): unknown {
  if (t.op === 'default') return isBlank(value) ? t.value : value;
  if (t.op === 'map') return mapValue(value, t);
  if (value === null || value === undefined) return null;
  switch (t.op) {
    case 'trim':
      return asText(value)?.trim() ?? null;
    case 'lowercase':
      return asText(value)?.toLowerCase() ?? null;
    case 'uppercase':
      return asText(value)?.toUpperCase() ?? null;
    case 'titlecase':
      return toTitleCase(asText(value) ?? '');
    case 'email':
      return normalizeEmail(value);
    case 'emailDomain':
    case 'domain':
      return normalizeDomain(value);
    case 'number': {
      const text = asText(value)?.replace(/[,\s]/g, '') ?? '';
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new TransformError(`"${text}" is not a number`);
      return n;
    }
    case 'phone':
      return normalizePhone(value, t.defaultCountryCode);
    case 'date': {
      const iso = toDate(value, t.format).toISOString();
      return t.output === 'date' ? iso.slice(0, 10) : iso;
    }
    case 'lookup':
      return lookUp(value, t, lookups);
  }
}

export type { ScalarValue };

import { z } from 'zod';
import { MappingError } from '../../engine/connector-error';

/** Money and quantities: JSON numbers, or decimal strings some ledgers send. */
export const erpNumber = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

/** ISO timestamp as the ERP sends it. */
export const erpTimestamp = z.iso.datetime({ offset: true });

/** Trimmed text; blank becomes null. */
export function readText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** A calendar date (YYYY-MM-DD) from a date or timestamp; blank becomes null. */
export function readDate(value: string | null | undefined, field: string): string | null {
  const text = readText(value);
  if (text === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new MappingError(`${field} is not a date: "${text}"`, [field]);
  return new Date(ms).toISOString().slice(0, 10);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed, lower-cased email; blank becomes null; anything that is not an email is a mapping error. */
export function readEmail(value: string | null | undefined, field: string): string | null {
  const email = readText(value)?.toLowerCase() ?? null;
  if (email !== null && !emailPattern.test(email)) throw new MappingError(`${field} is not an email address: "${email}"`, [field]);
  return email;
}

const freeMailDomains = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'icloud.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de']);

/** The organisation's domain from its billing email (none for free-mail addresses). */
export function readEmailDomain(email: string | null): string | null {
  const domain = email?.split('@')[1] ?? null;
  return domain && !freeMailDomains.has(domain) ? domain : null;
}

/** UTC ISO timestamp. */
export function readTimestamp(value: string): string {
  return new Date(value).toISOString();
}

type CustomValue = string | number | boolean | null;

/** Scalar fields the canonical model has no place for (nested objects and arrays are left in the raw payload). */
export function collectCustom(record: Record<string, unknown>, known: ReadonlySet<string>): Record<string, CustomValue> {
  const custom: Record<string, CustomValue> = {};
  for (const [key, value] of Object.entries(record)) {
    if (known.has(key)) continue;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') custom[key] = value;
  }
  return custom;
}

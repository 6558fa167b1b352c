import { MappingError } from '../../engine/connector-error';

/** HubSpot-style property bag: every value is a string or null. */
export type PropertyBag = Record<string, string | null | undefined>;

/** Trimmed text; blank becomes null. */
export function readText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** A person's name, trimmed; a name written all in capitals ("HOPPER") is title-cased, any other casing is kept. */
export function readPersonName(value: string | null | undefined): string | null {
  const text = readText(value);
  if (text === null || text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

/** Trimmed text that must be present. */
export function requireText(bag: PropertyBag, name: string): string {
  const text = readText(bag[name]);
  if (text === null) throw new MappingError(`property "${name}" is required`, ['properties', name]);
  return text;
}

/** Trimmed, lower-cased email; blank becomes null (format is checked by the canonical model). */
export function readEmail(value: string | null | undefined): string | null {
  return readText(value)?.toLowerCase() ?? null;
}

/** A number written as a string ("1200.50"); blank becomes null, anything else unreadable is a mapping error. */
export function readNumber(bag: PropertyBag, name: string): number | null {
  const text = readText(bag[name]);
  if (text === null) return null;
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new MappingError(`property "${name}" is not a number: "${text}"`, ['properties', name]);
  return value;
}

/** A timestamp as ISO-8601 (UTC): accepts ISO strings, dates and epoch milliseconds; blank becomes null. */
export function readTimestamp(bag: PropertyBag, name: string): string | null {
  const text = readText(bag[name]);
  if (text === null) return null;
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (Number.isNaN(ms)) throw new MappingError(`property "${name}" is not a date: "${text}"`, ['properties', name]);
  return new Date(ms).toISOString();
}

/** A lower-cased bare domain ("https://www.Acme.com/" -> "acme.com"); blank becomes null. */
export function readDomain(value: string | null | undefined): string | null {
  const text = readText(value)?.toLowerCase();
  if (!text) return null;
  return text.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '') || null;
}

/** Properties with no canonical home, trimmed, so nothing the provider sent is dropped. */
export function collectCustom(bag: PropertyBag, known: ReadonlySet<string>): Record<string, string | null> {
  const custom: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(bag)) {
    if (!known.has(name) && value !== undefined) custom[name] = value === null ? null : value.trim();
  }
  return custom;
}

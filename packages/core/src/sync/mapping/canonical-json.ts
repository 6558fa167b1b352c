import { hash } from 'node:crypto';
import { canonicalModels, type CanonicalModelName } from '@tributary/connectors';

const modelKeys = new Map<CanonicalModelName, string[]>(
  (Object.keys(canonicalModels) as CanonicalModelName[]).map((model) => [model, Object.keys(canonicalModels[model].schema.shape)]),
);

/** The value with object keys in sorted order at every depth (so equal content serialises equally). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * The canonical JSON of a record: the model's fields in schema order, nested objects with
 * sorted keys, `undefined` dropped. Equal content gives equal text, so its hash is the
 * record's content hash; the same text is what the hub stores.
 */
export function serializeCanonical(model: CanonicalModelName, record: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of modelKeys.get(model) ?? []) {
    const value = record[key];
    if (value !== undefined) ordered[key] = value !== null && typeof value === 'object' ? sortKeys(value) : value;
  }
  return JSON.stringify(ordered);
}

/** sha256 (hex) of text. */
export function hashText(text: string): string {
  return hash('sha256', text, 'hex');
}

const modulus = 1n << 64n;

/** A record's 64-bit term in an order-independent checksum: the first 16 hex digits of its hash. */
export function toChecksumTerm(hexHash: string): bigint {
  return BigInt(`0x${hexHash.slice(0, 16)}`);
}

/** Sum mod 2^64 (checksums are kept as decimal text). */
export function addChecksums(...terms: (bigint | string)[]): bigint {
  let sum = 0n;
  for (const term of terms) sum = (sum + BigInt(term)) % modulus;
  return sum;
}

/** a - b mod 2^64: how far two checksums are apart. */
export function subtractChecksums(a: bigint | string, b: bigint | string): bigint {
  return (((BigInt(a) - BigInt(b)) % modulus) + modulus) % modulus;
}

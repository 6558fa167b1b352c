import { createHash } from 'node:crypto';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

export type IdempotencyLookup = { kind: 'new' } | { kind: 'replay'; response: StoredResponse } | { kind: 'conflict' };

/** JSON with object keys sorted, so that key order does not make two bodies differ. */
function stringifyCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stringifyCanonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stringifyCanonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprintRequest(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path} ${stringifyCanonical(body)}`).digest('hex');
}

/** Remembers successful responses per Idempotency-Key (failed requests are not remembered). */
export function createIdempotencyStore() {
  const responses = new Map<string, StoredResponse>();
  return {
    lookup(key: string, fingerprint: string): IdempotencyLookup {
      const stored = responses.get(key);
      if (!stored) return { kind: 'new' };
      return stored.fingerprint === fingerprint ? { kind: 'replay', response: stored } : { kind: 'conflict' };
    },
    remember(key: string, response: StoredResponse): void {
      responses.set(key, response);
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;

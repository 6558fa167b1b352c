import { withTenant, type PrismaClient } from '@tributary/db';
import { DomainError } from '@tributary/core/shared';
import { z } from 'zod';
import type { Access, Caller } from './caller';
import { parseApiKeyToken, secretMatches } from './api-key-token';

const resolvedKeySchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  secretHash: z.string(),
  scopes: z.array(z.enum(['read', 'write', 'admin'])),
  revokedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
});

const LAST_USED_RESOLUTION_MS = 60_000;
const lastUsedWrites = new Map<string, number>();

/**
 * An API key from `Authorization: Bearer trb_<prefix>_<secret>`: found by prefix through
 * the SECURITY DEFINER lookup (no tenant is known yet), then checked by the secret's hash,
 * revocation and expiry. Any failure is the same UNAUTHENTICATED.
 */
export async function authenticateApiKey(db: PrismaClient, token: string): Promise<Extract<Caller, { kind: 'api_key' }>> {
  const invalid = new DomainError('UNAUTHENTICATED', 'The API key is invalid, revoked or expired.');
  const parsed = parseApiKeyToken(token);
  if (!parsed) throw invalid;
  const rows = await db.$queryRaw<unknown[]>`SELECT * FROM resolve_api_key(${parsed.prefix})`;
  const found = rows.length === 1 ? resolvedKeySchema.safeParse(rows[0]) : null;
  if (!found?.success) throw invalid;
  const key = found.data;
  if (!secretMatches(parsed.secret, key.secretHash)) throw invalid;
  const now = Date.now();
  if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now)) throw invalid;
  await touchLastUsed(db, key.id, key.tenantId, now);
  return { kind: 'api_key', apiKeyId: key.id, tenantId: key.tenantId, scopes: key.scopes as Access[] };
}

/** Record the key's last use, at most once a minute per key and process. */
async function touchLastUsed(db: PrismaClient, apiKeyId: string, tenantId: string, now: number): Promise<void> {
  const last = lastUsedWrites.get(apiKeyId);
  if (last && now - last < LAST_USED_RESOLUTION_MS) return;
  lastUsedWrites.set(apiKeyId, now);
  if (lastUsedWrites.size > 10_000) lastUsedWrites.clear();
  await withTenant(db, tenantId, (tx) => tx.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: new Date(now) } }));
}

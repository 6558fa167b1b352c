import { recordAudit } from '@tributary/core/audit';
import { DomainError } from '@tributary/core/shared';
import type { TenantDb } from '@tributary/db';
import type { TenantAccess } from '../auth/caller';
import { displayPrefix } from '../auth/api-key-token';
import type { ApiKeyRow } from '../graphql/graphql-rows';

/** Revoke a key: its next request is UNAUTHENTICATED. Revoking twice keeps the first time. */
export async function revokeApiKey(tx: TenantDb, access: TenantAccess, apiKeyId: string): Promise<ApiKeyRow> {
  const existing = await tx.apiKey.findFirst({ where: { id: apiKeyId, tenantId: access.tenantId } });
  if (!existing) throw new DomainError('NOT_FOUND', 'ApiKey not found.');
  if (existing.revokedAt) return existing;
  const apiKey = await tx.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: new Date() } });
  await recordAudit(tx, access.tenantId, access.actor, { action: 'api_key.revoked', targetType: 'api_key', targetId: apiKeyId, metadata: { prefix: displayPrefix(apiKey.prefix) } });
  return apiKey;
}

import { recordAudit } from '@tributary/core/audit';
import { DomainError, toFieldIssues } from '@tributary/core/shared';
import type { TenantDb } from '@tributary/db';
import { z } from 'zod';
import { ACCESS_LEVELS, highestAccess, type TenantAccess } from '../auth/caller';
import { displayPrefix, generateApiKey } from '../auth/api-key-token';
import type { ApiKeyRow } from '../graphql/graphql-rows';

const createApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(['read', 'write', 'admin'])).min(1, 'give at least one scope'),
  expiresAt: z.date().refine((date) => date.getTime() > Date.now(), 'must be in the future').nullish(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

/**
 * A new API key for the caller's tenant. The secret exists only in the returned token
 * (shown once); the database keeps its sha256. A key never gets a scope above its creator's.
 */
export async function createApiKey(tx: TenantDb, access: TenantAccess, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const parsed = createApiKeyInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid API key.', { fields: toFieldIssues(parsed.error.issues, 'input') });
  const requested = highestAccess(parsed.data.scopes)!;
  const own = access.levels.at(-1)!;
  if (ACCESS_LEVELS.indexOf(requested) > ACCESS_LEVELS.indexOf(own)) {
    throw new DomainError('VALIDATION_FAILED', 'A key cannot have more rights than its creator.', { fields: [{ field: 'input.scopes', message: `at most ${own.toUpperCase()}` }] });
  }
  const generated = generateApiKey();
  const apiKey = await tx.apiKey.create({
    data: {
      tenantId: access.tenantId,
      name: parsed.data.name,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: [...new Set(parsed.data.scopes)],
      createdById: access.actor.kind === 'user' ? access.actor.userId : null,
      expiresAt: parsed.data.expiresAt ?? null,
    },
  });
  await recordAudit(tx, access.tenantId, access.actor, {
    action: 'api_key.created',
    targetType: 'api_key',
    targetId: apiKey.id,
    metadata: { name: apiKey.name, prefix: displayPrefix(apiKey.prefix), scopes: apiKey.scopes },
  });
  return { apiKey, secret: generated.token };
}

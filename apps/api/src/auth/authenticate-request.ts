import type { PrismaClient } from '@tributary/db';
import { DomainError } from '@tributary/core/shared';
import { authenticateApiKey } from './api-key.auth';
import { looksLikeApiKey } from './api-key-token';
import type { Caller } from './caller';
import { verifySessionToken } from './session-token';

export interface AuthenticationDeps {
  db: PrismaClient;
  sessionSigningSecret: string;
}

/**
 * The caller of one request, from its Authorization header: none = anonymous (only
 * `health` and introspection answer), `Bearer trb_...` = a partner API key, any other
 * bearer = a portal session JWT. A malformed or invalid credential is UNAUTHENTICATED.
 */
export async function authenticateRequest(authorization: string | undefined, deps: AuthenticationDeps): Promise<Caller> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new DomainError('UNAUTHENTICATED', 'Authorization must be "Bearer <API key or session token>".');
  const token = match[1]!;
  if (looksLikeApiKey(token)) return authenticateApiKey(deps.db, token);
  const claims = await verifySessionToken(token, deps.sessionSigningSecret);
  return {
    kind: 'user',
    userId: claims.userId,
    isStaff: claims.staff,
    tenant: claims.tenantId && claims.role ? { tenantId: claims.tenantId, role: claims.role } : null,
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { DomainError, toFieldIssues } from '../shared/index';
import { readClock, type ConnectionDeps } from './connection-deps';
import { parseSettings } from './connection-settings';
import { findIntegrationByKey } from './integration-lookup';
import { resolveOAuthEndpoints } from './oauth-endpoints';
import { loadIntegrationConnector } from './open-connection';

export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

const startInput = z.object({
  tenantId: z.uuid(),
  userId: z.uuid().optional(),
  integrationKey: z.string().min(1),
  connectionName: z.string().trim().min(1).max(120).optional(),
  reconnectConnectionId: z.uuid().optional(),
  /** where the browser goes when the flow ends (the embedding app's page); validated by the caller against its allow-list */
  returnUrl: z.url({ protocol: /^https?$/ }).optional(),
  redirectUri: z.url({ protocol: /^https?$/ }),
});
export type StartOAuthConnectInput = z.input<typeof startInput>;

/** The hash stored for a state: the state itself only ever lives in the browser's URL. */
export function hashOAuthState(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

/**
 * Begins an authorization-code flow: a one-time `state` (32 random bytes; only its sha256 is
 * stored, bound to tenant, user and integration, single use, 10 minutes) and a PKCE S256 pair
 * (the verifier stored encrypted). Returns the provider's consent URL.
 */
export async function startOAuthConnect(deps: ConnectionDeps, input: StartOAuthConnectInput): Promise<{ authorizationUrl: string; expiresAt: Date }> {
  const parsed = startInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid connect request', { fields: toFieldIssues(parsed.error.issues) });
  const { tenantId, userId, integrationKey, connectionName, reconnectConnectionId, returnUrl, redirectUri } = parsed.data;

  const state = randomBytes(32).toString('base64url');
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const expiresAt = new Date(readClock(deps).getTime() + OAUTH_STATE_TTL_MS);

  const endpoints = await withTenant(deps.db, tenantId, async (tx) => {
    const integration = await findIntegrationByKey(tx, integrationKey);
    if (integration.authType !== 'oauth2') throw new DomainError('VALIDATION_FAILED', `"${integration.label}" does not connect with OAuth`);
    if (reconnectConnectionId) {
      const existing = await tx.connection.findUnique({ where: { id: reconnectConnectionId }, select: { integrationId: true } });
      if (!existing) throw new DomainError('NOT_FOUND', 'Connection not found');
      if (existing.integrationId !== integration.id) throw new DomainError('VALIDATION_FAILED', 'That connection belongs to another integration');
    }
    const connector = await loadIntegrationConnector(integration.connectorId);
    const settings = integration.authorizeUrl && integration.tokenUrl ? undefined : parseSettings(connector, integration.defaultSettings, {});
    const resolved = resolveOAuthEndpoints(integration, connector, settings, deps.cipher);
    await tx.oAuthState.create({
      data: {
        tenantId,
        userId: userId ?? null,
        integrationId: integration.id,
        connectionId: reconnectConnectionId ?? null,
        stateHash: hashOAuthState(state),
        verifierEnc: deps.cipher.encrypt(verifier),
        returnUrl: returnUrl ?? null,
        connectionName: connectionName ?? null,
        expiresAt,
      },
    });
    return resolved;
  });

  const url = new URL(endpoints.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', endpoints.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  if (endpoints.scopes.length > 0) url.searchParams.set('scope', endpoints.scopes.join(' '));
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return { authorizationUrl: url.toString(), expiresAt };
}

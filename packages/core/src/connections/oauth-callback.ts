import { withTenant, type TenantDb } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/index';
import { emitHubEvent } from '../events/index';
import { DomainError } from '../shared/index';
import { reactivateConnectionInTx } from './connection-reauth';
import { encryptCredentials, type OAuthCredentials } from './connection-credentials';
import { readClock, type ConnectionDeps } from './connection-deps';
import { parseSettings } from './connection-settings';
import { type IntegrationRow } from './integration-lookup';
import { hashOAuthState } from './oauth-connect-start';
import { resolveOAuthEndpoints } from './oauth-endpoints';
import { requestOAuthToken } from './oauth-token-request';
import { loadIntegrationConnector } from './open-connection';

const callbackInput = z.object({
  state: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  code: z.string().min(1).max(4096).optional(),
  error: z.string().max(200).optional(),
  errorDescription: z.string().max(2000).optional(),
  redirectUri: z.url(),
});
export type CompleteOAuthCallbackInput = z.input<typeof callbackInput>;

export interface OAuthCallbackResult {
  tenantId: string;
  connectionId: string;
  reconnected: boolean;
  /** the embedding app's page to send the browser back to, when the flow began from one */
  returnUrl: string | null;
}

type PendingState = Awaited<ReturnType<TenantDb['oAuthState']['findUniqueOrThrow']>>;

const invalidState = () => new DomainError('OAUTH_STATE_INVALID', 'This authorization link is invalid, expired or was already used. Start connecting again.');

/** Finds and consumes the state (single use, unexpired), committing that before any provider call. */
async function consumeState(deps: ConnectionDeps, state: string): Promise<{ pending: PendingState; integration: IntegrationRow }> {
  // the callback has no tenant yet: a narrow SECURITY DEFINER lookup by hash gives it
  const found = await deps.db.$queryRaw<{ id: string; tenantId: string }[]>`SELECT id, "tenantId" FROM resolve_oauth_state(${hashOAuthState(state)})`;
  const target = found[0];
  if (!target) throw invalidState();
  const consumed = await withTenant(deps.db, target.tenantId, async (tx) => {
    const now = readClock(deps);
    const marked = await tx.oAuthState.updateMany({ where: { id: target.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (marked.count === 0) return undefined;
    const pending = await tx.oAuthState.findUniqueOrThrow({ where: { id: target.id } });
    return { pending, integration: await tx.integration.findUniqueOrThrow({ where: { id: pending.integrationId } }) };
  });
  if (!consumed) throw invalidState();
  return consumed;
}

function describeProviderError(label: string, error: string, returnUrl: string | null): DomainError {
  const code = /^[a-z_]{1,64}$/.test(error) ? error : 'unknown_error';
  if (code === 'access_denied') return new DomainError('OAUTH_DENIED', `Access to ${label} was not granted.`, { returnUrl, providerError: code });
  return new DomainError('PROVIDER_ERROR', `${label} could not complete the authorization (${code}).`, { returnUrl, providerError: code });
}

async function resolveActor(tx: TenantDb, pending: PendingState): Promise<Actor> {
  if (!pending.userId) return { kind: 'system', process: 'connect-session' };
  const membership = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: pending.tenantId, userId: pending.userId } } });
  if (!membership || membership.role === 'viewer') throw new DomainError('FORBIDDEN', 'You can no longer change connections of this workspace', { returnUrl: pending.returnUrl });
  return { kind: 'user', userId: pending.userId, tenantId: pending.tenantId, role: membership.role };
}

/**
 * The provider sent the browser back. Consumes the state, trades the code (with the PKCE
 * verifier) for tokens and stores a new connection, or reconnects the bound one in place
 * (same id, active again, its paused syncs resumed). Denials and refused codes become
 * OAUTH_DENIED / PROVIDER_ERROR and store nothing; a bad state is OAUTH_STATE_INVALID.
 */
export async function completeOAuthCallback(deps: ConnectionDeps, input: CompleteOAuthCallbackInput): Promise<OAuthCallbackResult> {
  const parsed = callbackInput.safeParse(input);
  if (!parsed.success) throw invalidState();
  const { state, code, error, redirectUri } = parsed.data;
  const { pending, integration } = await consumeState(deps, state);
  const { returnUrl } = pending;
  if (error) throw describeProviderError(integration.label, error, returnUrl);
  if (!code) throw new DomainError('PROVIDER_ERROR', `${integration.label} sent no authorization code.`, { returnUrl });

  const connector = await loadIntegrationConnector(integration.connectorId);
  const settings = integration.authorizeUrl && integration.tokenUrl ? undefined : parseSettings(connector, integration.defaultSettings, {});
  const endpoints = resolveOAuthEndpoints(integration, connector, settings, deps.cipher);
  const grant = { grant_type: 'authorization_code' as const, code, redirect_uri: redirectUri, code_verifier: deps.cipher.decrypt(pending.verifierEnc) };
  const result = await requestOAuthToken(endpoints, grant, { fetchImpl: deps.fetchImpl, now: readClock(deps) });
  if (!result.ok) {
    const detail = result.description ? `: ${result.description}` : '';
    throw new DomainError('PROVIDER_ERROR', `${integration.label} did not accept the authorization (${result.error})${detail}`, { returnUrl, providerError: result.error });
  }
  return withTenant(deps.db, pending.tenantId, (tx) => storeConnection(deps, tx, pending, integration, result.credentials));
}

async function storeConnection(deps: ConnectionDeps, tx: TenantDb, pending: PendingState, integration: IntegrationRow, credentials: OAuthCredentials): Promise<OAuthCallbackResult> {
  const { tenantId, returnUrl } = pending;
  const actor = await resolveActor(tx, pending);
  const now = readClock(deps);
  const tokenFields = { ...encryptCredentials(deps.cipher, credentials), tokenExpiresAt: credentials.expiresAt ? new Date(credentials.expiresAt) : null, lastRefreshedAt: now };

  if (pending.connectionId) {
    const connectionId = pending.connectionId;
    const updated = await tx.connection.updateMany({
      where: { id: connectionId, integrationId: integration.id },
      data: { ...tokenFields, status: 'active', statusReason: null },
    });
    if (updated.count === 0) throw new DomainError('NOT_FOUND', 'The connection to reconnect no longer exists', { returnUrl });
    const resumedSyncs = await reactivateConnectionInTx(tx, connectionId);
    await emitHubEvent(tx, tenantId, { type: 'connection.reconnected', subjectType: 'connection', subjectId: connectionId, payload: { connectionId, integrationKey: integration.key, resumedSyncs } });
    await recordAudit(tx, tenantId, actor, { action: 'connection.reconnect', targetType: 'connection', targetId: connectionId, metadata: { integrationKey: integration.key, resumedSyncs } });
    return { tenantId, connectionId, reconnected: true, returnUrl };
  }
  const name = pending.connectionName ?? integration.label;
  const created = await tx.connection.create({ data: { tenantId, integrationId: integration.id, name, ...tokenFields }, select: { id: true } });
  await emitHubEvent(tx, tenantId, { type: 'connection.created', subjectType: 'connection', subjectId: created.id, payload: { connectionId: created.id, integrationKey: integration.key, name } });
  await recordAudit(tx, tenantId, actor, { action: 'connection.create', targetType: 'connection', targetId: created.id, metadata: { integrationKey: integration.key, name, authType: 'oauth2' } });
  return { tenantId, connectionId: created.id, reconnected: false, returnUrl };
}

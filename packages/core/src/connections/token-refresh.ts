import { withTenant, type PrismaClient } from '@tributary/db';
import { DomainError } from '../shared/index';
import { decryptCredentials, encryptCredentials } from './connection-credentials';
import { readClock, type ConnectionDeps } from './connection-deps';
import { markNeedsReauthInTx } from './connection-reauth';
import { requestOAuthToken, type TokenEndpoint } from './oauth-token-request';
import { isTokenExpiring, toTokenState, type TokenState } from './token-state';

/** First key of the two-key advisory lock: keeps connection locks apart from every other advisory lock user. */
const REFRESH_LOCK_NAMESPACE = 5_201_771;

export interface RefreshRequest {
  tenantId: string;
  connectionId: string;
  endpoint: TokenEndpoint;
  /** the access token the caller holds and considers stale */
  staleAccessToken: string;
  /** the provider refused `staleAccessToken` (a 401): refresh even when it is not near expiry */
  force: boolean;
}

type Outcome = { kind: 'token'; state: TokenState } | { kind: 'needs_reauth'; reason: string };

/** One in-flight refresh per connection per process (a process holds one PrismaClient). */
const inFlight = new WeakMap<PrismaClient, Map<string, Promise<TokenState>>>();

/**
 * A fresh token for the connection, with ONE refresh across every process: callers in this process
 * share one promise; processes serialize on a transaction-level advisory lock and re-read the row,
 * so the process that comes second finds the token the first one stored. The new access token and
 * the rotated refresh token are written in the transaction that held the lock. A refused refresh
 * token (`invalid_grant`) marks the connection needs_reauth and pauses its syncs.
 */
export function refreshConnectionToken(deps: ConnectionDeps, request: RefreshRequest): Promise<TokenState> {
  let perDb = inFlight.get(deps.db);
  if (!perDb) inFlight.set(deps.db, (perDb = new Map()));
  const pending = perDb.get(request.connectionId);
  if (pending) {
    // a caller whose token was refused (401) must not settle for that same token from a refresh that found it still valid
    if (!request.force) return pending;
    return pending.then((state) => (state.credentials.accessToken === request.staleAccessToken ? refreshConnectionToken(deps, request) : state));
  }
  const started = refreshUnderLock(deps, request).finally(() => perDb.delete(request.connectionId));
  perDb.set(request.connectionId, started);
  return started;
}

async function refreshUnderLock(deps: ConnectionDeps, request: RefreshRequest): Promise<TokenState> {
  const { tenantId, connectionId } = request;
  const outcome = await withTenant(
    deps.db,
    tenantId,
    async (tx): Promise<Outcome> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_NAMESPACE}::int, hashtext(${connectionId}))`;
      const row = await tx.connection.findUnique({
        where: { id: connectionId },
        select: { status: true, statusReason: true, credentialsEnc: true, tokenExpiresAt: true, lastRefreshedAt: true },
      });
      if (!row) throw new DomainError('NOT_FOUND', 'Connection not found');
      if (row.status === 'needs_reauth') return { kind: 'needs_reauth', reason: row.statusReason ?? 'the provider refused the stored authorization' };
      if (row.status === 'disabled') throw new DomainError('PRECONDITION_FAILED', 'The connection is disabled');
      const stored = decryptCredentials(deps.cipher, row.credentialsEnc);
      if (stored.type !== 'oauth2') throw new DomainError('PRECONDITION_FAILED', 'The connection has no OAuth tokens');
      const current = toTokenState(stored, row);
      const refusedByProvider = request.force && stored.accessToken === request.staleAccessToken;
      if (!refusedByProvider && !isTokenExpiring(current, readClock(deps))) return { kind: 'token', state: current };

      const markReauth = async (reason: string): Promise<Outcome> => {
        await markNeedsReauthInTx(tx, tenantId, connectionId, reason);
        return { kind: 'needs_reauth', reason };
      };
      if (!stored.refreshToken) return markReauth('the access token expired and the provider gave no refresh token');
      const result = await requestOAuthToken(request.endpoint, { grant_type: 'refresh_token', refresh_token: stored.refreshToken }, { fetchImpl: deps.fetchImpl, now: readClock(deps) });
      if (!result.ok) {
        if (result.error === 'invalid_grant') return markReauth('the provider refused the refresh token (revoked or expired)');
        throw new DomainError('PROVIDER_ERROR', `The provider refused to refresh the access token (${result.error})`);
      }
      const obtainedAt = readClock(deps);
      const tokenExpiresAt = result.credentials.expiresAt ? new Date(result.credentials.expiresAt) : null;
      await tx.connection.update({
        where: { id: connectionId },
        data: { ...encryptCredentials(deps.cipher, result.credentials), tokenExpiresAt, lastRefreshedAt: obtainedAt },
      });
      return { kind: 'token', state: { credentials: result.credentials, expiresAt: tokenExpiresAt, obtainedAt } };
    },
    { timeoutMs: 60_000 },
  );
  if (outcome.kind === 'needs_reauth') throw new DomainError('NEEDS_REAUTH', `The connection needs to be authorized again: ${outcome.reason}`, { connectionId });
  return outcome.state;
}

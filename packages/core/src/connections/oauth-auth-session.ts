import type { AuthSession } from '@tributary/connectors';
import type { OAuthCredentials } from './connection-credentials';
import { readClock, type ConnectionDeps } from './connection-deps';
import type { TokenEndpoint } from './oauth-token-request';
import { refreshConnectionToken } from './token-refresh';
import { isTokenExpiring, toAuthorizationHeader, type TokenState } from './token-state';

export interface OAuthSessionTarget {
  tenantId: string;
  connectionId: string;
  endpoint: TokenEndpoint;
}

/**
 * The auth session of an OAuth connection: hands out the access token it holds while it is not
 * about to expire, otherwise gets the connection's fresh token (one shared refresh, see
 * `refreshConnectionToken`). `invalidate()` (after a 401) forces a refresh on the next call,
 * unless another caller already replaced the refused token.
 */
export function createOAuthAuthSession(deps: ConnectionDeps, target: OAuthSessionTarget, initial: TokenState): { session: AuthSession; current(): OAuthCredentials } {
  let state = initial;
  let invalidated = false;
  const session: AuthSession = {
    async headers() {
      if (invalidated || isTokenExpiring(state, readClock(deps))) {
        const force = invalidated;
        invalidated = false;
        state = await refreshConnectionToken(deps, { ...target, staleAccessToken: state.credentials.accessToken, force });
      }
      return toAuthorizationHeader(state.credentials);
    },
    async invalidate() {
      invalidated = true;
    },
  };
  return { session, current: () => state.credentials };
}

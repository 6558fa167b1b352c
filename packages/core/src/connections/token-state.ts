import type { OAuthCredentials } from './connection-credentials';

/** The access token a process holds, with what it knows about its lifetime. */
export interface TokenState {
  credentials: OAuthCredentials;
  expiresAt: Date | null;
  /** when the token was obtained (connection.lastRefreshedAt) */
  obtainedAt: Date | null;
}

const refreshMarginMs = 60_000;

/**
 * Whether to refresh now: the token expires within 60 s. For tokens that live less than two
 * minutes the margin is half their lifetime instead, so a 60-second token is not refreshed on every call.
 */
export function isTokenExpiring(state: TokenState, now: Date): boolean {
  if (!state.expiresAt) return false;
  const lifetime = state.obtainedAt ? state.expiresAt.getTime() - state.obtainedAt.getTime() : Infinity;
  const margin = Math.min(refreshMarginMs, Math.max(0, lifetime / 2));
  return state.expiresAt.getTime() - now.getTime() <= margin;
}

export function toTokenState(credentials: OAuthCredentials, row: { tokenExpiresAt: Date | null; lastRefreshedAt: Date | null }): TokenState {
  const expiresAt = row.tokenExpiresAt ?? (credentials.expiresAt ? new Date(credentials.expiresAt) : null);
  return { credentials, expiresAt, obtainedAt: row.lastRefreshedAt };
}

export function toAuthorizationHeader(credentials: OAuthCredentials): Record<string, string> {
  const scheme = !credentials.tokenType || /^bearer$/i.test(credentials.tokenType) ? 'Bearer' : credentials.tokenType;
  return { authorization: `${scheme} ${credentials.accessToken}` };
}

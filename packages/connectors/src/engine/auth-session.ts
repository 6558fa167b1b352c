import type { AuthSession, AuthSpec, Credentials } from '../contract';
import { ConnectorError } from './connector-error';

/**
 * Request headers for credentials that never change during a call: an API key, basic auth,
 * or an access token the connection layer already refreshed. No `invalidate`, so a 401
 * fails at once as `needs_reauth`. The connection layer wraps refreshable OAuth tokens itself.
 */
export function createStaticAuthSession<S>(auth: AuthSpec<S>, credentials: Credentials): AuthSession {
  const headers = buildAuthHeaders(auth, credentials);
  return { headers: async () => ({ ...headers }) };
}

/** The headers a connector's auth spec puts on each request for these credentials. */
export function buildAuthHeaders<S>(auth: AuthSpec<S>, credentials: Credentials): Record<string, string> {
  if (auth.type === 'none') return {};
  if (auth.type !== credentials.type) {
    throw new ConnectorError('config', `connector expects ${auth.type} credentials, got ${credentials.type}`);
  }
  switch (credentials.type) {
    case 'apiKey':
      if (auth.type !== 'apiKey') return {};
      return auth.apply(credentials.apiKey);
    case 'oauth2': {
      const scheme = !credentials.tokenType || /^bearer$/i.test(credentials.tokenType) ? 'Bearer' : credentials.tokenType;
      return { authorization: `${scheme} ${credentials.accessToken}` };
    }
    case 'basic': {
      const token = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
      return { authorization: `Basic ${token}` };
    }
    default:
      return {};
  }
}

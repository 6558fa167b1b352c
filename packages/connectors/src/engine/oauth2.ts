import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AuthSpec, Credentials } from '../contract';
import { ConnectorError } from './connector-error';
import { errorFromResponse, readBody } from './http-response';

type OAuth2Spec<S> = Extract<AuthSpec<S>, { type: 'oauth2' }>;

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function requireOAuth2<S>(auth: AuthSpec<S>): OAuth2Spec<S> {
  if (auth.type !== 'oauth2') throw new ConnectorError('config', `connector auth is ${auth.type}, not oauth2`);
  return auth;
}

/** The provider's consent URL for an authorization-code flow. */
export function buildAuthorizeUrl<S>(
  auth: AuthSpec<S>,
  settings: S,
  params: { clientId: string; redirectUri: string; state: string; codeChallenge?: string },
): string {
  const spec = requireOAuth2(auth);
  const url = new URL(spec.authorizeUrl(settings));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', params.clientId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('state', params.state);
  if (spec.scopes.length > 0) url.searchParams.set('scope', spec.scopes.join(' '));
  if (spec.pkce) {
    if (!params.codeChallenge) throw new ConnectorError('config', 'this connector requires a PKCE code challenge');
    url.searchParams.set('code_challenge', params.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});

async function requestToken<S>(
  auth: AuthSpec<S>,
  settings: S,
  client: OAuthClient,
  grant: Record<string, string>,
  fetchImpl: typeof fetch,
): Promise<Extract<Credentials, { type: 'oauth2' }>> {
  const spec = requireOAuth2(auth);
  const form = new URLSearchParams(grant);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (spec.tokenAuthMethod === 'client_secret_basic') {
    const pair = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    form.set('client_id', client.clientId);
    form.set('client_secret', client.clientSecret);
  }
  const url = spec.tokenUrl(settings);
  const response = await fetchImpl(url, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(30_000) });
  const body = await readBody(response);
  const secrets = [client.clientSecret, ...Object.values(grant)];
  if (!response.ok) {
    const error = errorFromResponse({ method: 'POST', url, status: response.status, body, retryAfterMs: undefined, secrets });
    // invalid_grant / invalid_client: the user must connect again
    if (response.status === 400 || response.status === 401) throw new ConnectorError('needs_reauth', error.message, { status: response.status });
    throw error;
  }
  const parsed = tokenResponse.safeParse(body);
  if (!parsed.success) throw new ConnectorError('permanent', 'the token endpoint answered without an access_token');
  const token = parsed.data;
  return {
    type: 'oauth2',
    accessToken: token.access_token,
    refreshToken: token.refresh_token ?? grant.refresh_token,
    tokenType: token.token_type,
    scope: token.scope,
    expiresAt: token.expires_in === undefined ? undefined : new Date(Date.now() + token.expires_in * 1000).toISOString(),
  };
}

/** Trades an authorization code (plus PKCE verifier) for tokens. */
export function exchangeAuthorizationCode<S>(
  auth: AuthSpec<S>,
  settings: S,
  params: OAuthClient & { code: string; redirectUri: string; codeVerifier?: string; fetchImpl?: typeof fetch },
): Promise<Extract<Credentials, { type: 'oauth2' }>> {
  const grant: Record<string, string> = { grant_type: 'authorization_code', code: params.code, redirect_uri: params.redirectUri };
  if (params.codeVerifier) grant.code_verifier = params.codeVerifier;
  return requestToken(auth, settings, params, grant, params.fetchImpl ?? fetch);
}

/** Gets a fresh access token; keeps the old refresh token when the provider does not rotate it. */
export function refreshAccessToken<S>(
  auth: AuthSpec<S>,
  settings: S,
  params: OAuthClient & { refreshToken: string; fetchImpl?: typeof fetch },
): Promise<Extract<Credentials, { type: 'oauth2' }>> {
  const grant = { grant_type: 'refresh_token', refresh_token: params.refreshToken };
  return requestToken(auth, settings, params, grant, params.fetchImpl ?? fetch);
}

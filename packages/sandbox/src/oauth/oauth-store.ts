import { randomBytes } from 'node:crypto';
import { type OAuthClientConfig } from '../sandbox.types';
import { isSecretEqual, isVerifierValid } from './pkce';

const codeLifetimeMs = 10 * 60 * 1000;

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string | undefined;
  codeChallenge: string | undefined;
}

interface Expiring {
  expiresAt: number;
}

interface Grant {
  clientId: string;
  scope: string;
}

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'bearer';
}

export type TokenOutcome =
  | { ok: true; tokens: TokenResponse }
  | { ok: false; error: 'invalid_grant' | 'invalid_request'; description: string };

export type AccessCheck = 'valid' | 'expired' | 'unknown';

export interface OAuthStore {
  findClient(clientId: string): OAuthClientConfig | undefined;
  isRedirectAllowed(client: OAuthClientConfig, redirectUri: string): boolean;
  authenticateClient(clientId: string, clientSecret: string): OAuthClientConfig | undefined;
  beginAuthorization(request: AuthorizationRequest): string;
  takeAuthorization(requestId: string): AuthorizationRequest | undefined;
  issueCode(request: AuthorizationRequest): string;
  exchangeCode(client: OAuthClientConfig, input: { code: string; redirectUri: string; codeVerifier?: string }): TokenOutcome;
  rotateRefreshToken(client: OAuthClientConfig, refreshToken: string): TokenOutcome;
  checkAccessToken(token: string): AccessCheck;
  /** The grant behind a live access token (for token introspection). */
  describeAccessToken(token: string): { clientId: string; scope: string; expiresAt: number } | undefined;
  revokeAll(): void;
}

function createToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Clients, consent requests, single-use codes, access tokens and rotating refresh tokens. */
export function createOAuthStore(clients: OAuthClientConfig[], accessTokenTtlSeconds: number, tokenPrefix: string): OAuthStore {
  const pending = new Map<string, AuthorizationRequest & Expiring>();
  const codes = new Map<string, AuthorizationRequest & Expiring>();
  const accessTokens = new Map<string, Grant & Expiring>();
  const refreshTokens = new Map<string, Grant>();

  function issueTokens(grant: Grant): TokenOutcome {
    const access = createToken(`${tokenPrefix}at-`);
    const refresh = createToken(`${tokenPrefix}rt-`);
    accessTokens.set(access, { ...grant, expiresAt: Date.now() + accessTokenTtlSeconds * 1000 });
    refreshTokens.set(refresh, grant);
    return {
      ok: true,
      tokens: { access_token: access, refresh_token: refresh, expires_in: accessTokenTtlSeconds, token_type: 'bearer' },
    };
  }

  const refuse = (description: string): TokenOutcome => ({ ok: false, error: 'invalid_grant', description });

  return {
    findClient: (clientId) => clients.find((client) => client.clientId === clientId),
    isRedirectAllowed: (client, redirectUri) =>
      client.redirectUris ? client.redirectUris.includes(redirectUri) : isHttpUrl(redirectUri),
    authenticateClient(clientId, clientSecret) {
      const client = clients.find((candidate) => candidate.clientId === clientId);
      return client && isSecretEqual(client.clientSecret, clientSecret) ? client : undefined;
    },
    beginAuthorization(request) {
      const id = createToken('req-');
      pending.set(id, { ...request, expiresAt: Date.now() + codeLifetimeMs });
      return id;
    },
    takeAuthorization(requestId) {
      const request = pending.get(requestId);
      pending.delete(requestId);
      return request && request.expiresAt > Date.now() ? request : undefined;
    },
    issueCode(request) {
      const code = createToken('code-');
      codes.set(code, { ...request, expiresAt: Date.now() + codeLifetimeMs });
      return code;
    },
    exchangeCode(client, input) {
      const stored = codes.get(input.code);
      codes.delete(input.code);
      if (!stored || stored.expiresAt <= Date.now()) return refuse('authorization code is invalid, expired or already used');
      if (stored.clientId !== client.clientId) return refuse('authorization code was issued to another client');
      if (stored.redirectUri !== input.redirectUri) return refuse('redirect_uri does not match the authorization request');
      if (stored.codeChallenge !== undefined) {
        if (!input.codeVerifier) return { ok: false, error: 'invalid_request', description: 'code_verifier is required' };
        if (!isVerifierValid(input.codeVerifier, stored.codeChallenge)) return refuse('code_verifier does not match the code_challenge');
      }
      return issueTokens({ clientId: client.clientId, scope: stored.scope });
    },
    rotateRefreshToken(client, refreshToken) {
      const grant = refreshTokens.get(refreshToken);
      if (!grant) return refuse('refresh token is invalid, revoked or already used');
      if (grant.clientId !== client.clientId) return refuse('refresh token was issued to another client');
      refreshTokens.delete(refreshToken);
      return issueTokens(grant);
    },
    checkAccessToken(token) {
      const grant = accessTokens.get(token);
      if (!grant) return 'unknown';
      return grant.expiresAt > Date.now() ? 'valid' : 'expired';
    },
    describeAccessToken(token) {
      const grant = accessTokens.get(token);
      return grant && grant.expiresAt > Date.now() ? { ...grant } : undefined;
    },
    revokeAll() {
      accessTokens.clear();
      refreshTokens.clear();
    },
  };
}

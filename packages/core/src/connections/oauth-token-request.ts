import { z } from 'zod';
import { DomainError } from '../shared/index';
import type { OAuthCredentials } from './connection-credentials';

/** Where and how to ask for tokens (RFC 6749 section 3.2). */
export interface TokenEndpoint {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  tokenAuthMethod: 'client_secret_basic' | 'client_secret_post';
}

export type TokenGrant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

/** Tokens, or the provider's refusal (`error` is the OAuth error code, e.g. invalid_grant). */
export type TokenOutcome =
  | { ok: true; credentials: OAuthCredentials }
  | { ok: false; error: string; description: string; status: number };

const tokenBodySchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});
const errorBodySchema = z.object({ error: z.string().min(1).max(100), error_description: z.string().optional() });

/** Provider text shown to people: short, and with every secret we sent cut out. */
function describeSafely(text: string | undefined, secrets: string[]): string {
  let out = (text ?? '').slice(0, 200);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

function parseJsonLoosely(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function encodeClientPair(endpoint: TokenEndpoint): string {
  // RFC 6749 2.3.1: each part form-urlencoded before joining
  const pair = `${encodeURIComponent(endpoint.clientId)}:${encodeURIComponent(endpoint.clientSecret)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/**
 * One token request. Refusals come back as an outcome; an unreachable or garbled endpoint
 * throws `PROVIDER_ERROR` (retryable). Nothing secret ever reaches a message.
 */
export async function requestOAuthToken(endpoint: TokenEndpoint, grant: TokenGrant, options: { fetchImpl?: typeof fetch; now: Date }): Promise<TokenOutcome> {
  const form = new URLSearchParams(grant);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (endpoint.tokenAuthMethod === 'client_secret_basic') headers.authorization = encodeClientPair(endpoint);
  else {
    form.set('client_id', endpoint.clientId);
    form.set('client_secret', endpoint.clientSecret);
  }
  const secrets = [endpoint.clientSecret, ...Object.values(grant)];
  let response: Response;
  let text: string;
  try {
    response = await (options.fetchImpl ?? fetch)(endpoint.tokenUrl, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(30_000) });
    text = await response.text();
  } catch {
    throw new DomainError('PROVIDER_ERROR', `The provider's token endpoint (${new URL(endpoint.tokenUrl).host}) could not be reached`, { retryable: true });
  }
  const body = parseJsonLoosely(text);
  if (!response.ok) {
    const refusal = errorBodySchema.safeParse(body);
    if (refusal.success) {
      return { ok: false, error: refusal.data.error, description: describeSafely(refusal.data.error_description, secrets), status: response.status };
    }
    throw new DomainError('PROVIDER_ERROR', `The provider's token endpoint answered ${response.status}`, { retryable: response.status >= 500 || response.status === 429 });
  }
  const tokens = tokenBodySchema.safeParse(body);
  if (!tokens.success) throw new DomainError('PROVIDER_ERROR', "The provider's token endpoint answered without an access token");
  const t = tokens.data;
  const refreshToken = t.refresh_token ?? (grant.grant_type === 'refresh_token' ? grant.refresh_token : undefined);
  return {
    ok: true,
    credentials: {
      type: 'oauth2',
      accessToken: t.access_token,
      ...(refreshToken ? { refreshToken } : {}),
      ...(t.expires_in ? { expiresAt: new Date(options.now.getTime() + t.expires_in * 1000).toISOString() } : {}),
      ...(t.token_type ? { tokenType: t.token_type } : {}),
      ...(t.scope ? { scope: t.scope } : {}),
    },
  };
}

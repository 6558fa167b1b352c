import { completeOAuthCallback } from '@tributary/core/connections';
import type { CredentialCipher } from '@tributary/core/credentials';
import { DomainError } from '@tributary/core/shared';
import type { PrismaClient } from '@tributary/db';
import express, { type Router } from 'express';
import { z } from 'zod';

export interface OAuthCallbackRouteDeps {
  db: PrismaClient;
  cipher: CredentialCipher;
  /** the portal: where a flow started there ends (`/connections?connected=<id>` or `?error=`) */
  webUrl: string;
  /** this API's public URL: the redirect URI registered with providers is `${apiPublicUrl}/oauth/callback` */
  apiPublicUrl: string;
  fetchImpl?: typeof fetch;
}

export const OAUTH_CALLBACK_PATH = '/oauth/callback';

/** The redirect URI Tributary registers with every OAuth provider. */
export function buildOAuthRedirectUri(apiPublicUrl: string): string {
  return `${apiPublicUrl.replace(/\/+$/, '')}${OAUTH_CALLBACK_PATH}`;
}

// a repeated parameter arrives as an array: take nothing rather than guess
const callbackQuery = z.object({
  state: z.string().optional().catch(undefined),
  code: z.string().optional().catch(undefined),
  error: z.string().optional().catch(undefined),
  error_description: z.string().optional().catch(undefined),
});

function addParams(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

function readReturnUrl(error: DomainError): string | null {
  const value = error.details.returnUrl;
  return typeof value === 'string' ? value : null;
}

/**
 * `GET /oauth/callback`: the provider sends the browser back here. Finishes the connection
 * (see `completeOAuthCallback`) and redirects to the embedding app's return URL or to the
 * portal, with `connected=<id>` or `error=<message>`. Never echoes codes or tokens.
 */
export function createOAuthCallbackRouter(deps: OAuthCallbackRouteDeps): Router {
  const router = express.Router();
  const portalConnections = `${deps.webUrl.replace(/\/+$/, '')}/connections`;
  const redirectUri = buildOAuthRedirectUri(deps.apiPublicUrl);

  router.get(OAUTH_CALLBACK_PATH, async (req, res) => {
    const query = callbackQuery.parse(req.query);
    let target: string;
    try {
      const result = await completeOAuthCallback(deps, {
        state: query.state ?? '',
        code: query.code,
        error: query.error,
        errorDescription: query.error_description,
        redirectUri,
      });
      target = addParams(result.returnUrl ?? portalConnections, { connected: result.connectionId, ...(result.reconnected ? { reconnected: '1' } : {}) });
    } catch (error) {
      const known = error instanceof DomainError;
      // unexpected failures are logged without the request (its query holds the code and state)
      if (!known) console.error('api: OAuth callback failed:', error instanceof Error ? error.message : 'unknown error');
      const message = known ? error.message : 'Something went wrong while connecting. Please try again.';
      const returnUrl = known ? readReturnUrl(error) : null;
      target = addParams(returnUrl ?? portalConnections, { error: message, ...(known ? { error_code: error.code } : {}) });
    }
    res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer').redirect(303, target);
  });
  return router;
}

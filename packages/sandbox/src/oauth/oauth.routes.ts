import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { type OAuthClientConfig } from '../sandbox.types';
import { renderConsentPage, renderErrorPage } from './consent.page';
import { type OAuthStore, type TokenOutcome } from './oauth-store';

export interface OAuthRoutesOptions {
  store: OAuthStore;
  providerName: string;
  authorizePath: string;
  tokenPath: string;
}

const authorizeQuerySchema = z.object({
  client_id: z.string().min(1),
  redirect_uri: z.string().min(1),
  response_type: z.string().optional(),
  scope: z.string().default(''),
  state: z.string().optional(),
  code_challenge: z.string().min(1).optional(),
  code_challenge_method: z.string().optional(),
});

const decisionSchema = z.object({ request_id: z.string().min(1), decision: z.enum(['allow', 'deny']) });

const tokenBodySchema = z.discriminatedUnion('grant_type', [
  z.object({ grant_type: z.literal('authorization_code'), code: z.string().min(1), redirect_uri: z.string().min(1), code_verifier: z.string().optional() }),
  z.object({ grant_type: z.literal('refresh_token'), refresh_token: z.string().min(1) }),
]);

function buildRedirect(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/** Client credentials from `client_secret_basic` (preferred) or `client_secret_post`. */
function readClientCredentials(req: Request): { clientId: string; clientSecret: string } | undefined {
  const header = req.get('authorization');
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    try {
      return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
    } catch {
      return undefined;
    }
  }
  const body = z.object({ client_id: z.string(), client_secret: z.string() }).safeParse(req.body);
  return body.success ? { clientId: body.data.client_id, clientSecret: body.data.client_secret } : undefined;
}

function sendTokenOutcome(res: Response, outcome: TokenOutcome): void {
  res.set('Cache-Control', 'no-store');
  if (outcome.ok) res.json(outcome.tokens);
  else res.status(400).json({ error: outcome.error, error_description: outcome.description });
}

/** Authorization-code flow with PKCE (S256) and refresh-token rotation, shared by both sandboxes. */
export function createOAuthRouter(options: OAuthRoutesOptions): Router {
  const { store, providerName, authorizePath, tokenPath } = options;
  const decisionPath = `${authorizePath}/decision`;
  const router = express.Router();
  const sendErrorPage = (res: Response, message: string) => res.status(400).type('html').send(renderErrorPage(providerName, message));

  router.get(authorizePath, (req, res) => {
    const query = authorizeQuerySchema.safeParse(req.query);
    if (!query.success) return void sendErrorPage(res, 'client_id and redirect_uri are required');
    const q = query.data;
    const client: OAuthClientConfig | undefined = store.findClient(q.client_id);
    if (!client) return void sendErrorPage(res, `Unknown client: ${q.client_id}`);
    if (!store.isRedirectAllowed(client, q.redirect_uri)) return void sendErrorPage(res, 'redirect_uri is not registered for this client');
    const refuse = (error: string, description: string) =>
      res.redirect(302, buildRedirect(q.redirect_uri, { error, error_description: description, state: q.state }));
    if (q.response_type !== 'code') return refuse('unsupported_response_type', 'response_type must be code');
    if (q.code_challenge_method !== undefined && q.code_challenge_method !== 'S256') {
      return refuse('invalid_request', 'code_challenge_method must be S256');
    }
    if (q.code_challenge_method !== undefined && q.code_challenge === undefined) return refuse('invalid_request', 'code_challenge is missing');
    const requestId = store.beginAuthorization({
      clientId: client.clientId,
      redirectUri: q.redirect_uri,
      scope: q.scope,
      state: q.state,
      codeChallenge: q.code_challenge,
    });
    res.type('html').send(renderConsentPage({ providerName, decisionPath, requestId, clientId: client.clientId, scope: q.scope }));
  });

  router.post(decisionPath, express.urlencoded({ extended: false }), (req, res) => {
    const body = decisionSchema.safeParse(req.body);
    if (!body.success) return void sendErrorPage(res, 'malformed consent decision');
    const request = store.takeAuthorization(body.data.request_id);
    if (!request) return void sendErrorPage(res, 'authorization request is unknown, expired or already decided');
    const target =
      body.data.decision === 'allow'
        ? buildRedirect(request.redirectUri, { code: store.issueCode(request), state: request.state })
        : buildRedirect(request.redirectUri, { error: 'access_denied', error_description: 'The user denied the request', state: request.state });
    res.redirect(302, target);
  });

  router.post(tokenPath, express.urlencoded({ extended: false }), express.json(), (req, res) => {
    const credentials = readClientCredentials(req);
    const client = credentials && store.authenticateClient(credentials.clientId, credentials.clientSecret);
    if (!client) {
      res.status(401).set('Cache-Control', 'no-store').json({ error: 'invalid_client', error_description: 'client authentication failed' });
      return;
    }
    const grantType = z.object({ grant_type: z.string() }).safeParse(req.body);
    if (grantType.success && !['authorization_code', 'refresh_token'].includes(grantType.data.grant_type)) {
      res.status(400).json({ error: 'unsupported_grant_type', error_description: `unsupported grant_type ${grantType.data.grant_type}` });
      return;
    }
    const body = tokenBodySchema.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'invalid_request', error_description: body.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
      return;
    }
    const input = body.data;
    const outcome =
      input.grant_type === 'authorization_code'
        ? store.exchangeCode(client, { code: input.code, redirectUri: input.redirect_uri, codeVerifier: input.code_verifier })
        : store.rotateRefreshToken(client, input.refresh_token);
    sendTokenOutcome(res, outcome);
  });

  return router;
}

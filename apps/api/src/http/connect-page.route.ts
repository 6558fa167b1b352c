import { startOAuthConnect, verifyConnectSession, type ConnectSessionClaims } from '@tributary/core/connections';
import type { CredentialCipher } from '@tributary/core/credentials';
import { DomainError } from '@tributary/core/shared';
import { withTenant, type PrismaClient } from '@tributary/db';
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import { buildOAuthRedirectUri } from './oauth-callback.route';

export interface ConnectPageRouteDeps {
  db: PrismaClient;
  cipher: CredentialCipher;
  apiPublicUrl: string;
  /** signs and verifies connect sessions (createConnectSession uses the same secret) */
  connectSessionSecret: string;
  fetchImpl?: typeof fetch;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);

function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
ul{list-style:none;padding:0}li{margin:.5rem 0}button{width:100%;font-size:1rem;padding:.75rem;border:1px solid #d1d5db;border-radius:.5rem;background:#fff;cursor:pointer}
button:hover{background:#f3f4f6}.error{color:#b91c1c}</style></head>
<body>${body}</body></html>`;
}

function sendHtml(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    // the session token is in this page's URL: never leak it as a referrer
    .set('Referrer-Policy', 'no-referrer')
    .set('X-Content-Type-Options', 'nosniff')
    .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'")
    .type('html')
    .send(html);
}

function sendError(res: Response, error: unknown): void {
  const known = error instanceof DomainError;
  if (!known) console.error('api: connect page failed:', error instanceof Error ? error.message : 'unknown error');
  const message = known ? error.message : 'Something went wrong. Please try again.';
  sendHtml(res, known ? 400 : 500, renderPage('Cannot connect', `<h1>Cannot connect</h1><p class="error" id="error">${escapeHtml(message)}</p>`));
}

function renderChooser(session: string, claims: ConnectSessionClaims, integrations: { key: string; label: string }[]): string {
  const buttons = integrations
    .map((i) => `<li><button type="submit" name="integration" value="${escapeHtml(i.key)}">Connect ${escapeHtml(i.label)}</button></li>`)
    .join('');
  const back = `<p><a href="${escapeHtml(claims.returnUrl)}">Cancel and go back</a></p>`;
  return renderPage(
    'Connect an app',
    `<h1>Connect an app</h1><p>Choose the app to connect. You will be asked to sign in there and allow access.</p>
<form method="post" action="/connect/start"><input type="hidden" name="session" value="${escapeHtml(session)}"><ul id="integrations">${buttons}</ul></form>${back}`,
  );
}

const sessionQuery = z.object({ session: z.string().min(1).max(4096) });
const startBody = z.object({ session: z.string().min(1).max(4096), integration: z.string().min(1).max(100) });
const sessionMissing = () => new DomainError('CONNECT_SESSION_INVALID', 'This connect link is incomplete. Ask the application for a new one.', { reason: 'missing' });

/**
 * The hosted connect page, for vendors embedding "connect your apps" in their product:
 * `GET /connect?session=<token>` lists the session's integrations; `POST /connect/start`
 * starts the OAuth flow for the chosen one, for the session's tenant, returning to the
 * session's return URL. Plain server-rendered HTML, every value escaped.
 */
export function createConnectPageRouter(deps: ConnectPageRouteDeps): Router {
  const router = express.Router();
  const redirectUri = buildOAuthRedirectUri(deps.apiPublicUrl);

  router.get('/connect', async (req, res) => {
    try {
      const query = sessionQuery.safeParse(req.query);
      if (!query.success) throw sessionMissing();
      const claims = await verifyConnectSession(query.data.session, deps.connectSessionSecret);
      const rows = await withTenant(deps.db, claims.tenantId, (tx) =>
        tx.integration.findMany({ where: { key: { in: claims.allowedIntegrations }, authType: 'oauth2' }, select: { key: true, label: true, tenantId: true } }),
      );
      // the tenant's own registration wins over a global entry of the same key
      const byKey = new Map<string, { key: string; label: string }>();
      for (const row of rows) if (row.tenantId !== null || !byKey.has(row.key)) byKey.set(row.key, row);
      const integrations = claims.allowedIntegrations.flatMap((key) => byKey.get(key) ?? []);
      sendHtml(res, 200, renderChooser(query.data.session, claims, integrations));
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post('/connect/start', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    try {
      const body = startBody.safeParse(req.body);
      if (!body.success) throw sessionMissing();
      const claims = await verifyConnectSession(body.data.session, deps.connectSessionSecret);
      if (!claims.allowedIntegrations.includes(body.data.integration)) {
        throw new DomainError('CONNECT_SESSION_INVALID', 'This connect link does not allow that app.', { reason: 'integration not allowed' });
      }
      const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: claims.tenantId, integrationKey: body.data.integration, returnUrl: claims.returnUrl, redirectUri });
      res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer').redirect(303, authorizationUrl);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}

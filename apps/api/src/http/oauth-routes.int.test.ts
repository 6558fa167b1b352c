import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { seedIntegrationCatalog } from '@tributary/core/catalog';
import { createConnectSession } from '@tributary/core/connections';
import { createCredentialCipher } from '@tributary/core/credentials';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { startSandboxCrm } from '@tributary/sandbox';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectPageRouter } from './connect-page.route';
import { createOAuthCallbackRouter } from './oauth-callback.route';

const client = { clientId: 'tributary-routes', clientSecret: 'tributary-routes-secret' };
const sessionSecret = 'connect-session-secret-for-route-tests-0123';
const webUrl = 'http://127.0.0.1:3999';
const allowList = ['https://vendor.example/apps'];

let database: TestDatabase;
let db: PrismaClient;
let privilegedDb: PrismaClient;
let crm: Awaited<ReturnType<typeof startSandboxCrm>>;
let server: Server;
let apiUrl: string;
let tenantId: string;

beforeAll(async () => {
  database = await createTestDatabase('oauthroutes');
  db = createPrismaClient(database.appUrl);
  privilegedDb = createPrivilegedClient(database.adminUrl);
  const cipher = createCredentialCipher([{ id: 'k1', key: randomBytes(32) }]);
  crm = await startSandboxCrm({ port: 0, clients: [client], counts: { contacts: 5, companies: 1, deals: 1 } });
  await seedIntegrationCatalog(privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: 'http://127.0.0.1:1', oauthClients: { 'sandbox-crm': client }, cipher });
  tenantId = (await privilegedDb.tenant.create({ data: { slug: `t-${randomBytes(3).toString('hex')}`, name: 'T' } })).id;
  const app = express();
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  app.use(createOAuthCallbackRouter({ db, cipher, webUrl, apiPublicUrl: apiUrl }));
  app.use(createConnectPageRouter({ db, cipher, apiPublicUrl: apiUrl, connectSessionSecret: sessionSecret }));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await Promise.allSettled([crm?.close(), db?.$disconnect(), privilegedDb?.$disconnect()]);
  await database?.drop();
});

async function follow(url: string, init: RequestInit = {}): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(url, { ...init, redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

/** The embedded flow up to the provider's redirect back: connect page -> start -> consent (allow/deny). */
async function runConsent(decision: 'allow' | 'deny'): Promise<string> {
  const { token } = await createConnectSession({ db }, { tenantId, allowedIntegrations: ['sandbox-crm'], returnUrl: 'https://vendor.example/apps/done' }, sessionSecret, allowList);
  const page = await follow(`${apiUrl}/connect?session=${encodeURIComponent(token)}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('Connect Sandbox CRM (HubSpot API)');
  const start = await follow(`${apiUrl}/connect/start`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: token, integration: 'sandbox-crm' }).toString() });
  expect(start.status).toBe(303);
  expect(start.location!.startsWith(`${crm.url}/oauth/authorize?`)).toBe(true);
  const consentPage = await follow(start.location!);
  const requestId = /name="request_id" value="([^"]+)"/.exec(consentPage.body)![1]!;
  const decided = await follow(`${crm.url}/oauth/authorize/decision`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ request_id: requestId, decision }).toString() });
  expect(decided.location!.startsWith(`${apiUrl}/oauth/callback?`)).toBe(true);
  return decided.location!;
}

describe('hosted connect page + OAuth callback route', () => {
  it('connects from the embedded page and returns to the vendor with the connection id', async () => {
    const callbackUrl = await runConsent('allow');
    const callback = await follow(callbackUrl);
    expect(callback.status).toBe(303);
    const back = new URL(callback.location!);
    expect(`${back.origin}${back.pathname}`).toBe('https://vendor.example/apps/done');
    const connectionId = back.searchParams.get('connected')!;
    const row = await privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row).toMatchObject({ tenantId, status: 'active', name: 'Sandbox CRM (HubSpot API)' });
    // replaying the callback URL: refused, back to the portal with a message; nothing new stored
    const replay = await follow(callbackUrl);
    expect(replay.status).toBe(303);
    expect(new URL(replay.location!).searchParams.get('error_code')).toBe('OAUTH_STATE_INVALID');
    expect(await privilegedDb.connection.count()).toBe(1);
  });

  it('a denial returns to the vendor with an error; a bad state goes to the portal', async () => {
    const denied = await follow(await runConsent('deny'));
    const back = new URL(denied.location!);
    expect(back.origin).toBe('https://vendor.example');
    expect(back.searchParams.get('error_code')).toBe('OAUTH_DENIED');
    const bad = await follow(`${apiUrl}/oauth/callback?state=${'A'.repeat(43)}&code=abc`);
    const portal = new URL(bad.location!);
    expect(`${portal.origin}${portal.pathname}`).toBe(`${webUrl}/connections`);
    expect(portal.searchParams.get('error_code')).toBe('OAUTH_STATE_INVALID');
    expect(portal.searchParams.get('error')).toMatch(/invalid, expired or was already used/);
  });

  it('refuses expired, tampered and foreign-integration sessions with an escaped page', async () => {
    const { token } = await createConnectSession({ db }, { tenantId, allowedIntegrations: ['sandbox-crm'], returnUrl: 'https://vendor.example/apps' }, sessionSecret, allowList);
    const tampered = await follow(`${apiUrl}/connect?session=${token.slice(0, -2)}xx`);
    expect(tampered.status).toBe(400);
    expect(tampered.body).toContain('tampered');
    const missing = await follow(`${apiUrl}/connect`);
    expect(missing.status).toBe(400);
    const otherApp = await follow(`${apiUrl}/connect/start`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ session: token, integration: 'sandbox-erp-oauth' }).toString() });
    expect(otherApp.status).toBe(400);
    expect(otherApp.body).toContain('does not allow that app');
    const script = await follow(`${apiUrl}/connect?session=%3Cscript%3E`);
    expect(script.body).not.toContain('<script>');
  });
});

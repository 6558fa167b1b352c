import { createHttpClient } from '@tributary/connectors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_CLIENT, REDIRECT_URI, startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { completeOAuthCallback, openConnection, startOAuthConnect, type ConnectionDeps, type OpenedConnection } from './index';
import { answerConsent } from './oauth-test-browser';
import type { OAuthCredentials } from './connection-credentials';

let f: ConnectionsFixture;
let deps: ConnectionDeps;
beforeAll(async () => {
  f = await startConnectionsFixture('oauthflow');
  deps = { db: f.db, cipher: f.cipher };
});
afterAll(async () => f?.close());

async function callCrm(opened: OpenedConnection): Promise<number> {
  const http = createHttpClient({ baseUrl: f.crm.url, auth: opened.auth, retry: { maxAttempts: 1 } });
  const response = await http.request({ url: '/crm/v3/objects/contacts', query: { limit: 1 } });
  return response.status;
}

async function readStoredCredentials(connectionId: string): Promise<{ credentials: OAuthCredentials; rowJson: string }> {
  const rows = await f.privilegedDb.$queryRaw<{ row: string; enc: string }[]>`SELECT row_to_json(c)::text AS row, c."credentialsEnc" AS enc FROM connection c WHERE id = ${connectionId}::uuid`;
  return { credentials: f.cipher.decryptJson<OAuthCredentials>(rows[0]!.enc), rowJson: rows[0]!.row };
}

async function postRefresh(refreshToken: string): Promise<Response> {
  return fetch(`${f.crm.url}/oauth/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CRM_CLIENT.clientId, client_secret: CRM_CLIENT.clientSecret }).toString(),
  });
}

describe('OAuth connect flow against the sandbox CRM', () => {
  it('connects, refreshes with rotation, survives revocation as needs_reauth, and reconnects in place', async () => {
    // start -> consent -> callback
    const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: f.tenantId, userId: f.owner.kind === 'user' ? f.owner.userId : undefined, integrationKey: 'sandbox-crm', connectionName: 'Our CRM', redirectUri: REDIRECT_URI });
    const url = new URL(authorizationUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const stateRows = await f.privilegedDb.oAuthState.findMany();
    expect(JSON.stringify(stateRows)).not.toContain(url.searchParams.get('state'));
    const consent = await answerConsent(authorizationUrl, 'allow');
    const done = await completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI });
    expect(done).toMatchObject({ tenantId: f.tenantId, reconnected: false, returnUrl: null });
    const { connectionId } = done;

    // stored encrypted: the raw row holds neither token
    const first = await readStoredCredentials(connectionId);
    expect(first.credentials.accessToken).toMatch(/^crm-at-/);
    expect(first.credentials.refreshToken).toMatch(/^crm-rt-/);
    expect(first.rowJson).not.toContain(first.credentials.accessToken);
    expect(first.rowJson).not.toContain(first.credentials.refreshToken!);
    const row = await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row).toMatchObject({ name: 'Our CRM', status: 'active', credentialsKeyId: 'k1' });
    expect(row.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 1700_000);

    // an API call through the connection
    const opened = await openConnection(deps, f.tenantId, connectionId);
    expect(await callCrm(opened)).toBe(200);
    expect(opened.credentials).toMatchObject({ type: 'oauth2', accessToken: first.credentials.accessToken });

    // expiry (a clock 1 h ahead) forces one refresh; the refresh token rotates
    const later = { ...deps, now: () => new Date(Date.now() + 3600_000) };
    const aged = await openConnection(later, f.tenantId, connectionId);
    const before = f.crm.stats().tokenRequests;
    expect((await aged.auth.headers()).authorization).not.toBe(`Bearer ${first.credentials.accessToken}`);
    expect(f.crm.stats().tokenRequests - before).toBe(1);
    const second = await readStoredCredentials(connectionId);
    expect(second.credentials.refreshToken).not.toBe(first.credentials.refreshToken);
    expect(await callCrm(aged)).toBe(200);
    const reused = await postRefresh(first.credentials.refreshToken!);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });

    // a sync reading from it, to see it paused and resumed
    const sync = await f.privilegedDb.syncConfig.create({ data: { tenantId: f.tenantId, name: 'contacts', sourceConnectionId: connectionId, sourceStream: 'contacts', model: 'contact' } });
    const manual = await f.privilegedDb.syncConfig.create({ data: { tenantId: f.tenantId, name: 'paused by hand', sourceConnectionId: connectionId, sourceStream: 'deals', model: 'deal', status: 'paused', pausedReason: 'holiday' } });

    // revocation: 401 -> forced refresh -> invalid_grant -> needs_reauth
    f.crm.setFaults({ revokeAllTokens: true });
    const current = await openConnection(deps, f.tenantId, connectionId);
    await expect(callCrm(current)).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
    expect(await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: 'needs_reauth' });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ status: 'paused', pausedReason: 'connection needs re-authorization' });
    const events = await f.privilegedDb.hubEvent.findMany({ where: { subjectId: connectionId }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['connection.created', 'connection.needs_reauth']);
    await expect(openConnection(deps, f.tenantId, connectionId)).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });

    // reconnect in place
    const again = await startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: 'sandbox-crm', reconnectConnectionId: connectionId, redirectUri: REDIRECT_URI });
    const consent2 = await answerConsent(again.authorizationUrl, 'allow');
    const redone = await completeOAuthCallback(deps, { state: consent2.state!, code: consent2.code, redirectUri: REDIRECT_URI });
    expect(redone).toMatchObject({ connectionId, reconnected: true });
    expect(await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: 'active', statusReason: null });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ status: 'active', pausedReason: null });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: manual.id } })).toMatchObject({ status: 'paused', pausedReason: 'holiday' });
    expect((await f.privilegedDb.hubEvent.findMany({ where: { subjectId: connectionId, type: 'connection.reconnected' } })).length).toBe(1);
    expect(await callCrm(await openConnection(deps, f.tenantId, connectionId))).toBe(200);
    expect(await f.privilegedDb.connection.count({ where: { tenantId: f.tenantId } })).toBe(1);
  });
});

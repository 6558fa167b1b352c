import { createHttpClient } from '@tributary/connectors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_CLIENT, REDIRECT_URI, startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { completeOAuthCallback, openConnection, registerOAuthIntegration, startOAuthConnect, type ConnectionDeps } from './index';
import { answerConsent } from './oauth-test-browser';

let f: ConnectionsFixture;
let deps: ConnectionDeps;
beforeAll(async () => {
  f = await startConnectionsFixture('genericoauth');
  deps = { db: f.db, cipher: f.cipher };
});
afterAll(async () => f?.close());

describe('generic OAuth2 by configuration', () => {
  it('registers a tenant integration (secret encrypted, client_secret_basic) and connects through it', async () => {
    const { key } = await registerOAuthIntegration(deps, f.tenantId, f.owner, {
      key: 'our-hubspot',
      label: 'Our HubSpot',
      authorizeUrl: `${f.crm.url}/oauth/authorize`,
      tokenUrl: `${f.crm.url}/oauth/v1/token`,
      clientId: CRM_CLIENT.clientId,
      clientSecret: CRM_CLIENT.clientSecret,
      scopes: ['crm.objects.contacts.read'],
      tokenAuthMethod: 'client_secret_basic',
      connectorId: 'sandbox-crm',
      defaultSettings: { baseUrl: f.crm.url },
    });
    const row = await f.privilegedDb.integration.findFirstOrThrow({ where: { key } });
    expect(row).toMatchObject({ tenantId: f.tenantId, authType: 'oauth2', tokenAuthMethod: 'client_secret_basic' });
    expect(JSON.stringify(row)).not.toContain(CRM_CLIENT.clientSecret);

    const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: key, redirectUri: REDIRECT_URI });
    expect(new URL(authorizationUrl).searchParams.get('scope')).toBe('crm.objects.contacts.read');
    const consent = await answerConsent(authorizationUrl, 'allow');
    const { connectionId } = await completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI });
    const opened = await openConnection(deps, f.tenantId, connectionId);
    expect(opened.integrationKey).toBe('our-hubspot');
    const http = createHttpClient({ baseUrl: f.crm.url, auth: opened.auth, retry: { maxAttempts: 1 } });
    expect((await http.request({ url: '/crm/v3/objects/contacts', query: { limit: 1 } })).status).toBe(200);
    const audit = await f.privilegedDb.auditLog.findMany({ where: { action: 'integration.register' } });
    expect(audit.length).toBe(1);
    expect(JSON.stringify(audit.map((a) => a.metadata))).not.toContain(CRM_CLIENT.clientSecret);
  });

  it('takes the endpoints from an OAuth connector when they are left out', async () => {
    const { key } = await registerOAuthIntegration(deps, f.tenantId, f.owner, {
      key: 'crm-own-app',
      label: 'CRM (our app)',
      clientId: CRM_CLIENT.clientId,
      clientSecret: CRM_CLIENT.clientSecret,
      connectorId: 'sandbox-crm',
      defaultSettings: { baseUrl: f.crm.url },
    });
    const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: key, redirectUri: REDIRECT_URI });
    expect(authorizationUrl.startsWith(`${f.crm.url}/oauth/authorize?`)).toBe(true);
    const consent = await answerConsent(authorizationUrl, 'allow');
    await expect(completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI })).resolves.toMatchObject({ reconnected: false });
    const base = { label: 'X', clientId: 'c', clientSecret: 's' };
    await expect(registerOAuthIntegration(deps, f.tenantId, f.owner, { ...base, key: 'no-urls', connectorId: 'sandbox-erp' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(registerOAuthIntegration(deps, f.tenantId, f.owner, { ...base, key: 'no-base', connectorId: 'sandbox-crm' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('is invisible to other tenants and refuses duplicate keys, bad URLs and unknown connectors', async () => {
    await expect(startOAuthConnect(deps, { tenantId: f.otherTenantId, integrationKey: 'our-hubspot', redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const base = { label: 'X', authorizeUrl: 'https://id.example/authorize', tokenUrl: 'https://id.example/token', clientId: 'c', clientSecret: 's', tokenAuthMethod: 'client_secret_post' as const };
    await expect(registerOAuthIntegration(deps, f.tenantId, f.owner, { ...base, key: 'sandbox-crm' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(registerOAuthIntegration(deps, f.tenantId, f.owner, { ...base, key: 'plain-http', tokenUrl: 'http://id.example/token' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(registerOAuthIntegration(deps, f.tenantId, f.owner, { ...base, key: 'odd', connectorId: 'nope' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

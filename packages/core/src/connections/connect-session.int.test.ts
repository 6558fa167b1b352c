import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { createConnectSession, verifyConnectSession } from './index';

const secret = 'connect-session-signing-secret-0123456789';
const allowList = ['https://app.vendor.example/integrations'];
let f: ConnectionsFixture;
beforeAll(async () => {
  f = await startConnectionsFixture('connectsess');
});
afterAll(async () => f?.close());

function input(overrides: Partial<{ returnUrl: string; allowedIntegrations: string[] }> = {}) {
  return { tenantId: f.tenantId, allowedIntegrations: ['sandbox-crm'], returnUrl: 'https://app.vendor.example/integrations/done', endUserId: 'end-user-7', ...overrides };
}

describe('connect sessions', () => {
  it('round-trips the claims for 15 minutes', async () => {
    const { token, expiresAt } = await createConnectSession({ db: f.db }, input(), secret, allowList);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const claims = await verifyConnectSession(token, secret, { tenantId: f.tenantId });
    expect(claims).toMatchObject({ tenantId: f.tenantId, allowedIntegrations: ['sandbox-crm'], returnUrl: 'https://app.vendor.example/integrations/done', endUserId: 'end-user-7' });
  });

  it('refuses expired, tampered, other-tenant and wrong-secret tokens', async () => {
    const { token } = await createConnectSession({ db: f.db }, input(), secret, allowList);
    await expect(verifyConnectSession(token, secret, { now: new Date(Date.now() + 16 * 60_000) })).rejects.toMatchObject({ code: 'CONNECT_SESSION_INVALID', details: { reason: 'expired' } });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: f.otherTenantId })).toString('base64url');
    await expect(verifyConnectSession(`${header}.${forged}.${signature}`, secret)).rejects.toMatchObject({ details: { reason: 'tampered' } });
    await expect(verifyConnectSession(token, secret, { tenantId: f.otherTenantId })).rejects.toMatchObject({ details: { reason: 'for another tenant' } });
    await expect(verifyConnectSession(token, `${secret}-other`)).rejects.toMatchObject({ details: { reason: 'tampered' } });
  });

  it('refuses a return URL off the allow-list, unknown and non-OAuth integrations', async () => {
    await expect(createConnectSession({ db: f.db }, input({ returnUrl: 'https://evil.example/integrations' }), secret, allowList)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(createConnectSession({ db: f.db }, input({ allowedIntegrations: ['nope'] }), secret, allowList)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createConnectSession({ db: f.db }, input({ allowedIntegrations: ['sandbox-erp'] }), secret, allowList)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

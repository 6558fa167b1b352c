import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIRECT_URI, startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { completeOAuthCallback, startOAuthConnect, type ConnectionDeps } from './index';
import { answerConsent } from './oauth-test-browser';

let f: ConnectionsFixture;
let deps: ConnectionDeps;
beforeAll(async () => {
  f = await startConnectionsFixture('oauthrefuse');
  deps = { db: f.db, cipher: f.cipher };
});
afterAll(async () => f?.close());

async function consentFor(returnUrl?: string) {
  const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: 'sandbox-crm', redirectUri: REDIRECT_URI, returnUrl });
  return answerConsent(authorizationUrl, 'allow');
}

const connectionCount = () => f.privilegedDb.connection.count();

describe('the callback refuses with a clear error and stores nothing', () => {
  it('tampered state (the real one still works afterwards)', async () => {
    const consent = await consentFor();
    const state = consent.state!;
    const tampered = `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`;
    await expect(completeOAuthCallback(deps, { state: tampered, code: consent.code, redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'OAUTH_STATE_INVALID' });
    await expect(completeOAuthCallback(deps, { state: 'garbage<script>', code: consent.code, redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'OAUTH_STATE_INVALID' });
    await expect(completeOAuthCallback(deps, { state, code: consent.code, redirectUri: REDIRECT_URI })).resolves.toMatchObject({ reconnected: false });
  });

  it('replayed state', async () => {
    const consent = await consentFor();
    await completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI });
    const count = await connectionCount();
    await expect(completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'OAUTH_STATE_INVALID' });
    expect(await connectionCount()).toBe(count);
  });

  it('expired state (older than 10 minutes)', async () => {
    const consent = await consentFor();
    const count = await connectionCount();
    const later = { ...deps, now: () => new Date(Date.now() + 10 * 60_000 + 1_000) };
    await expect(completeOAuthCallback(later, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'OAUTH_STATE_INVALID' });
    expect(await connectionCount()).toBe(count);
  });

  it('wrong PKCE verifier: the provider refuses the code', async () => {
    const consent = await consentFor();
    await f.privilegedDb.oAuthState.updateMany({ where: { usedAt: null }, data: { verifierEnc: f.cipher.encrypt('x'.repeat(43)) } });
    const count = await connectionCount();
    const attempt = completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI });
    await expect(attempt).rejects.toMatchObject({ code: 'PROVIDER_ERROR', details: { providerError: 'invalid_grant' } });
    await expect(attempt).rejects.toThrow(/did not accept the authorization/);
    expect(await connectionCount()).toBe(count);
  });

  it('the person denies access: OAUTH_DENIED with the return URL', async () => {
    const { authorizationUrl } = await startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: 'sandbox-crm', redirectUri: REDIRECT_URI, returnUrl: 'https://vendor.example/settings' });
    const consent = await answerConsent(authorizationUrl, 'deny');
    expect(consent.error).toBe('access_denied');
    const count = await connectionCount();
    const attempt = completeOAuthCallback(deps, { state: consent.state!, error: consent.error, redirectUri: REDIRECT_URI });
    await expect(attempt).rejects.toMatchObject({ code: 'OAUTH_DENIED', details: { returnUrl: 'https://vendor.example/settings' } });
    expect(await connectionCount()).toBe(count);
  });

  it('an integration that is not OAuth, or unknown, cannot start the flow', async () => {
    await expect(startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: 'sandbox-erp', redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(startOAuthConnect(deps, { tenantId: f.tenantId, integrationKey: 'nope', redirectUri: REDIRECT_URI })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

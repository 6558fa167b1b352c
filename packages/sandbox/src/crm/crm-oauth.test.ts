import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveSandboxConsent } from '../oauth/approve-consent';
import { computeS256Challenge } from '../oauth/pkce';
import { type SandboxServer } from '../sandbox.types';
import { startSandboxCrm } from './crm.server';

const client = { clientId: 'app-1', clientSecret: 'secret-1', redirectUris: ['http://127.0.0.1:9/callback'] };
const redirectUri = 'http://127.0.0.1:9/callback';
let crm: SandboxServer;

beforeAll(async () => {
  crm = await startSandboxCrm({ clients: [client], counts: { contacts: 20, companies: 5, deals: 5 } });
});
afterAll(() => crm.close());

function buildAuthorizeUrl(challenge: string, state = 'xyz'): string {
  const url = new URL('/oauth/authorize', crm.url);
  url.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: 'crm.objects.contacts.read crm.objects.contacts.write',
    state,
    response_type: 'code',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

async function requestToken(form: Record<string, string>, basic = false) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(form);
  if (basic) headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`;
  else {
    body.set('client_id', client.clientId);
    body.set('client_secret', client.clientSecret);
  }
  const response = await fetch(`${crm.url}/oauth/v1/token`, { method: 'POST', headers, body: body.toString() });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function obtainCode(verifier: string): Promise<string> {
  const callback = await approveSandboxConsent(buildAuthorizeUrl(computeS256Challenge(verifier)));
  expect(callback.searchParams.get('state')).toBe('xyz');
  return callback.searchParams.get('code') ?? '';
}

const readContacts = (token: string) => fetch(`${crm.url}/crm/v3/objects/contacts?limit=1`, { headers: { authorization: `Bearer ${token}` } });

describe('sandbox CRM OAuth', () => {
  it('renders a consent page with Allow and Deny, and Deny redirects with access_denied', async () => {
    const page = await fetch(buildAuthorizeUrl('c'.repeat(43)));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<button type="submit" name="decision" value="allow">');
    const denied = await approveSandboxConsent(buildAuthorizeUrl('c'.repeat(43), 's2'), 'deny');
    expect(`${denied.origin}${denied.pathname}`).toBe(redirectUri);
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('error_description')).toBeTruthy();
    expect(denied.searchParams.get('state')).toBe('s2');
  });

  it('answers 400 without redirecting for an unknown client or an unregistered redirect_uri', async () => {
    const unknown = new URL(buildAuthorizeUrl('c'.repeat(43)));
    unknown.searchParams.set('client_id', 'nobody');
    const wrongRedirect = new URL(buildAuthorizeUrl('c'.repeat(43)));
    wrongRedirect.searchParams.set('redirect_uri', 'http://evil.example/cb');
    for (const url of [unknown, wrongRedirect]) {
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('exchanges a code with the right PKCE verifier once, and refuses a wrong verifier or a reused code', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const wrongCode = await obtainCode(verifier);
    const wrong = await requestToken({ grant_type: 'authorization_code', code: wrongCode, redirect_uri: redirectUri, code_verifier: randomBytes(32).toString('base64url') });
    expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const code = await obtainCode(verifier);
    const granted = await requestToken({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier }, true);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ token_type: 'bearer', expires_in: 1800 });
    expect((await readContacts(String(granted.body.access_token))).status).toBe(200);

    const reused = await requestToken({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('keeps the consent screen out of fault injection, describes access tokens, and faults the token endpoint', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const code = await obtainCode(verifier);
    const tokens = await requestToken({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
    const info = await fetch(`${crm.url}/oauth/v1/access-tokens/${String(tokens.body.access_token)}`);
    expect(await info.json()).toMatchObject({ hub_id: 62515, scopes: ['crm.objects.contacts.read', 'crm.objects.contacts.write'], token_type: 'access' });
    crm.setFaults({ rate429: 1 });
    try {
      expect(await obtainCode(verifier)).toMatch(/^code-/);
      const before = crm.stats().tokenRequests;
      expect((await requestToken({ grant_type: 'refresh_token', refresh_token: String(tokens.body.refresh_token) })).status).toBe(429);
      expect(crm.stats().tokenRequests).toBe(before + 1);
    } finally {
      crm.resetFaults();
    }
  });

  it('rotates refresh tokens: each refresh returns a new one and the used one is refused', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const first = await requestToken({ grant_type: 'authorization_code', code: await obtainCode(verifier), redirect_uri: redirectUri, code_verifier: verifier });
    const refreshed = await requestToken({ grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    const replayed = await requestToken({ grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) });
    expect(replayed).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await requestToken({ grant_type: 'refresh_token', refresh_token: String(refreshed.body.refresh_token) })).status).toBe(200);
    expect(crm.stats().tokenRequests).toBeGreaterThanOrEqual(4);
  });

  it('revokeAllTokens makes API calls 401 and refreshes invalid_grant; private app tokens keep working', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const tokens = await requestToken({ grant_type: 'authorization_code', code: await obtainCode(verifier), redirect_uri: redirectUri, code_verifier: verifier });
    crm.setFaults({ revokeAllTokens: true });
    const call = await readContacts(String(tokens.body.access_token));
    expect(call.status).toBe(401);
    expect(await call.json()).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
    expect(await requestToken({ grant_type: 'refresh_token', refresh_token: String(tokens.body.refresh_token) })).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    expect((await readContacts('pat-sandbox-crm')).status).toBe(200);
    crm.resetFaults();
  });

  it('reports an expired access token as EXPIRED_AUTHENTICATION and rejects bad client credentials', async () => {
    const shortLived = await startSandboxCrm({ clients: [client], accessTokenTtlSeconds: 0, counts: { contacts: 1 } });
    try {
      const verifier = randomBytes(32).toString('base64url');
      const callback = await approveSandboxConsent(buildAuthorizeUrl(computeS256Challenge(verifier)).replace(crm.url, shortLived.url));
      const form = { grant_type: 'authorization_code', code: callback.searchParams.get('code') ?? '', redirect_uri: redirectUri, code_verifier: verifier };
      const tokenResponse = await fetch(`${shortLived.url}/oauth/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, client_id: client.clientId, client_secret: client.clientSecret }).toString(),
      });
      const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
      const call = await fetch(`${shortLived.url}/crm/v3/objects/contacts`, { headers: { authorization: `Bearer ${token}` } });
      expect(call.status).toBe(401);
      expect(await call.json()).toMatchObject({ category: 'EXPIRED_AUTHENTICATION' });
    } finally {
      await shortLived.close();
    }
    const badClient = await fetch(`${crm.url}/oauth/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: client.clientId, client_secret: 'wrong' }).toString(),
    });
    expect(badClient.status).toBe(401);
    expect(await badClient.json()).toMatchObject({ error: 'invalid_client' });
  });
});

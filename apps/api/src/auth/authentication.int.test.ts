import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;

beforeAll(async () => {
  t = await startTestApi('apiauth');
  a = await seedTenantFixture(t.privilegedDb, 'auth-a');
});
afterAll(async () => t?.close());

async function signIn(body: Record<string, unknown>) {
  const res = await fetch(`${t.api.url}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { token?: string; error?: { code: string } } };
}

describe('portal sessions', () => {
  it('POST /auth/session issues a short-lived token the API accepts', async () => {
    const res = await signIn({ email: a.emails.admin, password: a.password });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'admin', tenant: { slug: 'auth-a' }, user: { email: a.emails.admin, isStaff: false } });
    const expiresIn = Date.parse(res.body.expiresAt as string) - Date.now();
    expect(expiresIn).toBeGreaterThan(800_000);
    expect(expiresIn).toBeLessThanOrEqual(900_000);
    const me = await t.graphql('{ viewer { role scopes isStaff user { email } tenant { slug } memberships { slug role } } }', {}, { token: res.body.token });
    expect(me.body.data?.viewer).toEqual({ role: 'ADMIN', scopes: ['READ', 'WRITE'], isStaff: false, user: { email: a.emails.admin }, tenant: { slug: 'auth-a' }, memberships: [{ slug: 'auth-a', role: 'ADMIN' }] });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await signIn({ email: a.emails.owner, password: 'nope' });
    const unknown = await signIn({ email: 'nobody@nowhere.test', password: 'nope' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Wrong email or password.' } } });
    expect(unknown).toEqual(wrong);
    expect((await signIn({ email: 'x' })).status).toBe(400);
  });

  it('refuses a tenant the person does not belong to', async () => {
    const res = await signIn({ email: a.emails.owner, password: a.password, tenantSlug: 'someone-else' });
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });

  it('rejects a forged, expired or malformed token with 401', async () => {
    const forged = await t.graphql('{ viewer { role } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toBe('Bearer');
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await t.graphql('{ viewer { role } }', {}, { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
  });

  it('answers health without credentials but nothing else', async () => {
    const health = await t.graphql('{ health { ok database } }');
    expect(health.body.data?.health).toEqual({ ok: true, database: true });
    const runs = await t.graphql('{ runs(first: 1) { nodes { id } } }');
    expect(runs.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  it('authenticates with trb_<prefix>_<secret> and records the last use', async () => {
    const me = await t.graphql('{ viewer { scopes apiKey { prefix name } user { id } } }', {}, { token: a.apiKeyToken });
    expect(me.body.data?.viewer).toMatchObject({ scopes: ['READ', 'WRITE', 'ADMIN'], user: null, apiKey: { name: 'key auth-a' } });
    expect(a.apiKeyToken.startsWith(`${(me.body.data?.viewer as { apiKey: { prefix: string } }).apiKey.prefix}_`)).toBe(true);
    const row = await t.privilegedDb.apiKey.findUniqueOrThrow({ where: { id: a.apiKeyId } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it('rejects a wrong secret, an unknown prefix and a revoked key', async () => {
    const wrongSecret = a.apiKeyToken.slice(0, -4) + 'AAAA';
    for (const token of [wrongSecret, 'trb_aaaaaaaaaaaa_' + 'A'.repeat(43), 'trb_short']) {
      const res = await t.graphql('{ viewer { isStaff } }', {}, { token });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('sign-in throttling', () => {
  it('allows 10 attempts per email, then answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await signIn({ email: 'victim@auth-a.test', password: `guess-${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../server';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let second: RunningApi;
let a: TenantFixture;

beforeAll(async () => {
  t = await startTestApi('apiops', { env: { API_RATE_LIMIT_BURST: '3', API_RATE_LIMIT_PER_SECOND: '0.5' } });
  // a second API process over the same database: the rate limit is shared
  second = await startApi(t.config);
  a = await seedTenantFixture(t.privilegedDb, 'ops-a');
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

async function asKey(url: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.apiKeyToken}` }, body: JSON.stringify({ query: '{ tenant { slug } }' }) });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('per-API-key rate limit (Postgres token bucket shared by every API process)', () => {
  it('answers RATE_LIMITED with retryAfterSeconds and Retry-After once the burst is spent across processes', async () => {
    const first = await asKey(t.api.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect((await asKey(second.url)).status).toBe(200);
    expect((await asKey(t.api.url)).status).toBe(200);
    const limited = await asKey(second.url);
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // sessions are not limited by API-key buckets
    const session = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
    expect((await t.graphql('{ tenant { slug } }', {}, { token: session })).status).toBe(200);
  });
});

describe('plain HTTP routes', () => {
  it('/healthz reports the database and the queue', async () => {
    const res = await fetch(`${t.api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: true, queue: true });
  });

  it('/metrics speaks Prometheus text: runs by status, records, open dead letters, queue depth, latency', async () => {
    const res = await fetch(`${t.api.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
    const text = await res.text();
    expect(text).toContain('tributary_sync_runs{status="succeeded"} 2');
    expect(text).toContain('tributary_sync_runs{status="failed"} 1');
    expect(text).toContain('tributary_records{model="contact"} 1');
    expect(text).toContain('tributary_dead_letters_open 1');
    expect(text).toMatch(/# TYPE tributary_queue_depth gauge/);
    expect(text).toMatch(/tributary_api_request_duration_seconds_bucket\{route="\/graphql",method="POST",status="200",le="\+Inf"\} \d+/);
    expect(text).toMatch(/tributary_api_request_duration_seconds_count\{route="\/healthz",method="GET",status="200"\} 1/);
  });
});

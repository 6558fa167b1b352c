import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRateLimiter } from './postgres-rate-limiter';
import { takeToken } from './token-bucket';

let database: TestDatabase;
let pools: pg.Pool[];

beforeAll(async () => {
  database = await createTestDatabase('ratelimit');
  // two pools stand for two worker processes sharing the bucket
  pools = [new pg.Pool({ connectionString: database.appUrl, max: 4 }), new pg.Pool({ connectionString: database.appUrl, max: 4 })];
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await database.drop();
});

describe('Postgres token bucket', () => {
  it('grants exactly the capacity to concurrent callers, then refuses with a wait', async () => {
    const spec = { capacity: 10, refillPerSecond: 0.001 };
    const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => takeToken(pools[i % 2] as pg.Pool, 'api-key:burst', spec)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const refused = decisions.filter((d) => !d.allowed);
    expect(refused.every((d) => d.retryAfterMs > 100_000)).toBe(true);
  });

  it('refills with time', async () => {
    const spec = { capacity: 2, refillPerSecond: 20 };
    expect((await takeToken(pools[0] as pg.Pool, 'api-key:refill', { ...spec, cost: 2 })).allowed).toBe(true);
    const refused = await takeToken(pools[0] as pg.Pool, 'api-key:refill', spec);
    expect(refused.allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, refused.retryAfterMs + 20));
    expect((await takeToken(pools[1] as pg.Pool, 'api-key:refill', spec)).allowed).toBe(true);
  });

  it('paces acquires of several workers to the provider limit and honours a shared pause', async () => {
    const limiters = pools.map((p) => createPostgresRateLimiter(p));
    const spec = { requests: 5, perMs: 500 }; // 10 per second, burst 5
    const started = Date.now();
    await Promise.all(Array.from({ length: 15 }, (_, i) => limiters[i % 2]?.acquire('crm:1', 1, spec)));
    const elapsed = Date.now() - started;
    // 5 at once, then 10 more at 10/s
    expect(elapsed).toBeGreaterThanOrEqual(900);

    await limiters[0]?.pause('crm:1', Date.now() + 600);
    const pausedAt = Date.now();
    await limiters[1]?.acquire('crm:1', 1, spec);
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(550);
  });
});

import { describe, expect, it } from 'vitest';
import { createLocalRateLimiter } from './rate-limiter';

/** Resolves on the next macrotask, after every already-settled promise has run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createLocalRateLimiter', () => {
  it('lets a full bucket through at once, then grants in order as tokens refill', async () => {
    const limiter = createLocalRateLimiter();
    const spec = { requests: 2, perMs: 200 };
    const granted: number[] = [];
    const acquires = [0, 1, 2, 3].map((i) => limiter.acquire('k', 1, spec).then(() => granted.push(i)));
    await settle();
    expect(granted).toEqual([0, 1]);
    await limiter.acquire('other', 1, spec);
    expect(granted).toEqual([0, 1]);
    await Promise.all(acquires);
    expect(granted).toEqual([0, 1, 2, 3]);
  });

  it('keys are independent and acquires without a spec pass unless paused', async () => {
    const limiter = createLocalRateLimiter();
    await limiter.acquire('free');
    await limiter.acquire('free');
    const until = Date.now() + 60;
    await limiter.pause('free', until);
    await limiter.acquire('free');
    expect(Date.now()).toBeGreaterThanOrEqual(until);
  });

  it('a pause holds every acquire of the key until the given instant', async () => {
    const limiter = createLocalRateLimiter({ defaultSpec: { requests: 100, perMs: 1000 } });
    const until = Date.now() + 80;
    await limiter.pause('k', until);
    await Promise.all([limiter.acquire('k'), limiter.acquire('k')]);
    expect(Date.now()).toBeGreaterThanOrEqual(until);
  });
});

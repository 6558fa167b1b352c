import type { RateLimiter, RateLimitSpec } from '../contract';
import { sleep } from './retry-policy';

interface BucketState {
  tokens: number;
  refilledAt: number;
  pausedUntil: number;
  /** acquires of one key run one after another, in arrival order */
  queue: Promise<void>;
}

export interface LocalRateLimiterOptions {
  /** limit for keys whose `acquire` passes no spec; without it such keys only honour `pause` */
  defaultSpec?: RateLimitSpec;
  now?: () => number;
}

/**
 * In-process token bucket per key, for single-process use and tests. The bucket holds up to
 * `spec.requests` tokens and refills continuously at `requests / perMs`. `pause` holds every
 * acquire of the key until the given instant. (The hub's Postgres limiter shares state across workers.)
 */
export function createLocalRateLimiter(options: LocalRateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, BucketState>();

  function bucketFor(key: string, spec: RateLimitSpec | undefined): BucketState {
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { tokens: spec?.requests ?? 0, refilledAt: now(), pausedUntil: 0, queue: Promise.resolve() };
      buckets.set(key, bucket);
    }
    return bucket;
  }

  async function take(bucket: BucketState, cost: number, spec: RateLimitSpec | undefined): Promise<void> {
    for (;;) {
      const at = now();
      if (bucket.pausedUntil > at) {
        await sleep(bucket.pausedUntil - at);
        continue;
      }
      if (!spec) return;
      const rate = spec.requests / spec.perMs;
      bucket.tokens = Math.min(spec.requests, bucket.tokens + (at - bucket.refilledAt) * rate);
      bucket.refilledAt = at;
      const needed = Math.min(cost, spec.requests);
      if (bucket.tokens >= needed) {
        bucket.tokens -= needed;
        return;
      }
      await sleep(Math.ceil((needed - bucket.tokens) / rate));
    }
  }

  return {
    acquire(key, cost = 1, spec = options.defaultSpec) {
      const bucket = bucketFor(key, spec);
      const turn = bucket.queue.then(() => take(bucket, cost, spec));
      bucket.queue = turn.catch(() => undefined);
      return turn;
    },
    async pause(key, untilMs) {
      const bucket = bucketFor(key, options.defaultSpec);
      bucket.pausedUntil = Math.max(bucket.pausedUntil, untilMs);
    },
  };
}

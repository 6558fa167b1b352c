import type { RateLimiter, RateLimitSpec } from '@tributary/connectors';
import { pauseBucket, reserveToken, takeToken, type BucketSpec, type Queryable, type TokenDecision } from './token-bucket';

export interface PostgresRateLimiterOptions {
  /** limit for keys whose `acquire` passes no spec; without it such keys only honour `pause` */
  defaultSpec?: RateLimitSpec;
  /** prefix of every bucket key, e.g. "provider:" (default) so API-key buckets never collide */
  keyPrefix?: string;
  sleep?: (ms: number) => Promise<void>;
}

/** The connectors' `RateLimiter`, shared by every worker process through `rate_limit_bucket`, plus the generic `takeToken`. */
export interface PostgresRateLimiter extends RateLimiter {
  /** take-or-refuse: for request admission (API keys); the key is used as given */
  takeToken(key: string, spec: BucketSpec): Promise<TokenDecision>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A provider limit (requests per interval) as a bucket: the full allowance as burst, refilled evenly. */
export function toBucketSpec(spec: RateLimitSpec, cost = 1): BucketSpec {
  return { capacity: spec.requests, refillPerSecond: (spec.requests * 1000) / spec.perMs, cost };
}

/**
 * A Postgres token bucket per key. `acquire` reserves its slot in one atomic statement (a
 * bucket in debt makes later callers wait their turn, so N workers together keep the
 * provider's pace) and sleeps until it comes; `pause` holds every worker until the instant.
 */
export function createPostgresRateLimiter(db: Queryable, options: PostgresRateLimiterOptions = {}): PostgresRateLimiter {
  const prefix = options.keyPrefix ?? 'provider:';
  const sleep = options.sleep ?? defaultSleep;
  return {
    async acquire(key, cost = 1, spec = options.defaultSpec) {
      for (;;) {
        // without a spec only pauses apply: an "endless" bucket
        const bucket = spec ? toBucketSpec(spec, cost) : { capacity: 1e9, refillPerSecond: 1e9, cost };
        const decision = await reserveToken(db, prefix + key, bucket);
        if (decision.retryAfterMs > 0) await sleep(decision.retryAfterMs);
        if (decision.allowed) return;
      }
    },
    async pause(key, untilMs) {
      await pauseBucket(db, prefix + key, untilMs);
    },
    takeToken(key, spec) {
      return takeToken(db, key, spec);
    },
  };
}

import { takeToken, type Queryable } from '@tributary/core/rate-limit';
import { DomainError } from '@tributary/core/shared';
import type { Caller } from './caller';

export interface ApiRateLimit {
  /** burst: requests a key may make at once */
  burst: number;
  /** sustained requests per second */
  perSecond: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
}

/**
 * One token per request from the key's bucket in Postgres (`rate_limit_bucket`), so every
 * API process shares the same budget. Empty bucket: RATE_LIMITED with the seconds to wait.
 * Portal sessions are not limited here.
 */
export async function enforceApiKeyRateLimit(db: Queryable, caller: Caller, limit: ApiRateLimit): Promise<RateLimitState | null> {
  if (caller.kind !== 'api_key') return null;
  const decision = await takeToken(db, `api-key:${caller.apiKeyId}`, { capacity: limit.burst, refillPerSecond: limit.perSecond });
  if (!decision.allowed) {
    const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new DomainError('RATE_LIMITED', `Too many requests for this API key: retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  return { limit: limit.burst, remaining: decision.remaining };
}

import { z } from 'zod';

/** Anything that runs a parameterised query: a `pg.Pool`, a pool client, a client. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export const bucketSpecSchema = z.object({
  /** most tokens the bucket holds (the burst) */
  capacity: z.number().positive(),
  /** tokens added per second, continuously */
  refillPerSecond: z.number().positive(),
  /** tokens this call takes */
  cost: z.number().positive().default(1),
});
export type BucketSpec = z.input<typeof bucketSpecSchema>;

export interface TokenDecision {
  allowed: boolean;
  /** tokens left after this call (whole tokens, rounded down, never negative) */
  remaining: number;
  /** when refused: how long until `cost` tokens are there or the pause ends; when reserved: how long to wait before going */
  retryAfterMs: number;
}

const keySchema = z.string().min(1).max(200);

const bucketRow = z.object({
  tokens: z.coerce.number(),
  paused_ms: z.coerce.number(),
  took: z.boolean(),
});

/**
 * One statement, atomic under concurrency (the row lock serialises callers of a key): refill the
 * bucket for the time since its last update on the database clock, then take `cost` tokens
 * when they are all there ($5 = false), or reserve them even into debt ($5 = true: the caller
 * waits its turn). Nothing is taken while a pause is in force.
 */
const takeSql = `WITH cur AS (
  SELECT key, tokens, "updatedAt", "pausedUntil", clock_timestamp() AS now FROM rate_limit_bucket WHERE key = $1 FOR UPDATE
), calc AS (
  SELECT key, now, coalesce("pausedUntil" > now, false) AS paused,
    coalesce(greatest(0, extract(epoch FROM "pausedUntil" - now) * 1000), 0) AS paused_ms,
    least($2::float8, tokens + extract(epoch FROM now - "updatedAt") * 1000 * $3::float8) AS level
  FROM cur
)
UPDATE rate_limit_bucket b SET capacity = $2::float8, "refillPerMs" = $3::float8,
  tokens = CASE WHEN c.paused THEN b.tokens WHEN $5::boolean OR c.level >= $4::float8 THEN c.level - $4::float8 ELSE c.level END,
  "updatedAt" = CASE WHEN c.paused THEN b."updatedAt" ELSE c.now END
FROM calc c WHERE b.key = c.key
RETURNING b.tokens, c.paused_ms, (NOT c.paused AND ($5::boolean OR c.level >= $4::float8)) AS took`;

const createSql = `INSERT INTO rate_limit_bucket (key, tokens, capacity, "refillPerMs", "updatedAt") VALUES ($1, $2, $2, $3, clock_timestamp()) ON CONFLICT (key) DO NOTHING`;

const pauseSql = `INSERT INTO rate_limit_bucket AS b (key, tokens, capacity, "refillPerMs", "updatedAt", "pausedUntil")
VALUES ($1, 0, 1, 0.001, clock_timestamp(), to_timestamp($2::float8 / 1000))
ON CONFLICT (key) DO UPDATE SET "pausedUntil" = greatest(coalesce(b."pausedUntil", EXCLUDED."pausedUntil"), EXCLUDED."pausedUntil")`;

async function runTake(db: Queryable, key: string, spec: BucketSpec, reserve: boolean): Promise<TokenDecision> {
  const parsedKey = keySchema.parse(key);
  const { capacity, refillPerSecond, cost } = bucketSpecSchema.parse(spec);
  const refillPerMs = refillPerSecond / 1000;
  const params = [parsedKey, capacity, refillPerMs, Math.min(cost, capacity), reserve];
  let result = await db.query(takeSql, params);
  if (result.rows.length === 0) {
    await db.query(createSql, [parsedKey, capacity, refillPerMs]);
    result = await db.query(takeSql, params);
  }
  const row = bucketRow.parse(result.rows[0]);
  const remaining = Math.max(0, Math.floor(row.tokens));
  if (!row.took) {
    const refillMs = Math.ceil(Math.max(0, cost - row.tokens) / refillPerMs);
    return { allowed: false, remaining, retryAfterMs: Math.max(Math.ceil(row.paused_ms), row.paused_ms > 0 ? 0 : refillMs, 1) };
  }
  return { allowed: true, remaining, retryAfterMs: row.tokens < 0 ? Math.ceil(-row.tokens / refillPerMs) : 0 };
}

/**
 * Takes `cost` tokens from the bucket `key` when it has them all (API limits per key, provider
 * limits per connection). A refused call takes nothing and says how long to wait. The bucket
 * starts full; capacity and refill follow the latest caller's spec.
 */
export function takeToken(db: Queryable, key: string, spec: BucketSpec): Promise<TokenDecision> {
  return runTake(db, key, spec, false);
}

/**
 * Reserves `cost` tokens even when that puts the bucket into debt, so concurrent callers queue
 * up in order: go after `retryAfterMs`. Refused (`allowed: false`) only while a pause is in force.
 */
export function reserveToken(db: Queryable, key: string, spec: BucketSpec): Promise<TokenDecision> {
  return runTake(db, key, spec, true);
}

/** Nobody takes from `key` until `untilMs` (epoch ms): a provider's 429 + Retry-After, for every worker. */
export async function pauseBucket(db: Queryable, key: string, untilMs: number): Promise<void> {
  await db.query(pauseSql, [keySchema.parse(key), untilMs]);
}

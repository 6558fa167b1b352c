export { createPostgresRateLimiter, toBucketSpec, type PostgresRateLimiter, type PostgresRateLimiterOptions } from './postgres-rate-limiter';
export { pauseBucket, reserveToken, takeToken, bucketSpecSchema, type BucketSpec, type Queryable, type TokenDecision } from './token-bucket';

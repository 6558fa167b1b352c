import { parseEnv, postgresUrl } from '@tributary/config';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const workerEnvSchema = z.object({
  /** owner connection: pg-boss keeps its queues in its own schema (`pgboss`) */
  DATABASE_URL: postgresUrl,
  /** application role connection (Row Level Security applies) */
  APP_DATABASE_URL: postgresUrl,
  /** credential encryption keys, "keyId:base64key[,keyId:base64key...]" (the first encrypts) */
  CREDENTIAL_KEYS: z.string().min(1),
  /** sync steps this process runs at once */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** sync steps one tenant may have running at once across ALL workers (pg-boss group concurrency) */
  WORKER_TENANT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** records per source request; unset: each stream's own page size (providers cap it) */
  SYNC_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).optional(),
  /** source pages are joined into hub batches of at least this many records (one transaction each) */
  SYNC_BATCH_RECORDS: z.coerce.number().int().min(1).max(50_000).default(2000),
  /** batches one step commits before it re-enqueues itself */
  SYNC_STEP_PAGES: positiveInt(100),
  /** connections to the application role for the bulk path */
  WORKER_DB_POOL_SIZE: positiveInt(8),
  /** how often pg-boss looks for jobs of dead workers (seconds); with the 10 s heartbeat this bounds recovery */
  WORKER_MONITOR_SECONDS: positiveInt(5),
  /** `json`: one JSON line per page / delivery / step; `quiet`: lifecycle lines only */
  WORKER_LOG: z.enum(['json', 'quiet']).default('quiet'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type WorkerConfig = z.infer<typeof workerEnvSchema>;

export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  return parseEnv('worker', workerEnvSchema, env);
}

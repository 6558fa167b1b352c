import { parseEnv, postgresUrl } from '@tributary/config';
import { z } from 'zod';

export const workerEnvSchema = z.object({
  /** owner connection: pg-boss keeps its queues in its own schema (`pgboss`) */
  DATABASE_URL: postgresUrl,
  /** application role connection (Row Level Security applies) */
  APP_DATABASE_URL: postgresUrl,
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type WorkerConfig = z.infer<typeof workerEnvSchema>;

export function loadWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  return parseEnv('worker', workerEnvSchema, env);
}

import { PgBoss } from 'pg-boss';
import type { WorkerConfig } from './config';

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Boot pg-boss and register every queue's handler. */
export async function startWorker(config: WorkerConfig): Promise<RunningWorker> {
  const boss = new PgBoss({ connectionString: config.DATABASE_URL, schema: 'pgboss' });
  boss.on('error', (err: unknown) => console.error('worker: pg-boss error', err));
  await boss.start();
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 20_000 });
    },
  };
}

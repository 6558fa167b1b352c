import { ensureSyncQueues } from '@tributary/core/sync';
import { PgBoss } from 'pg-boss';

/** The job queue as the API sees it: reachable or not, and how many jobs wait per queue. */
export interface QueueProbe {
  reachable(): Promise<boolean>;
  depth(): Promise<{ queue: string; queued: number; active: number }[]>;
}

/** A probe over a pg-boss instance (the API only sends jobs: no supervision, no schedules). */
export function createQueueProbe(boss: PgBoss): QueueProbe {
  return {
    async reachable() {
      try {
        await boss.getQueues();
        return true;
      } catch {
        return false;
      }
    },
    async depth() {
      const queues = await boss.getQueues();
      return queues.map((q) => ({ queue: q.name, queued: q.queuedCount, active: q.activeCount }));
    },
  };
}

/** The API's pg-boss client on the owner connection (pg-boss keeps its own schema there), with the sync queues created. */
export async function startQueueClient(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', supervise: false, schedule: false, max: 3 });
  boss.on('error', (err: unknown) => console.error('api: pg-boss error', err));
  await boss.start();
  await ensureSyncQueues(boss);
  return boss;
}

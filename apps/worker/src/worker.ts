import { parseCredentialKeys, createCredentialCipher } from '@tributary/core/credentials';
import { createPostgresRateLimiter } from '@tributary/core/rate-limit';
import { ensureSyncQueues, type SyncDeps, type SyncLogEvent } from '@tributary/core/sync';
import { createPrismaClient } from '@tributary/db';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { WorkerConfig } from './config';
import { createSyncReplayHandler } from './handlers/sync-replay.handler';
import { createSyncRunAbandonedHandler } from './handlers/sync-run-abandoned.handler';
import { createSyncRunHandler } from './handlers/sync-run.handler';
import { createSyncScheduledHandler } from './handlers/sync-scheduled.handler';
import { createSyncSlaCheckHandler } from './handlers/sync-sla-check.handler';

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

function createLogger(config: WorkerConfig): ((event: SyncLogEvent) => void) | undefined {
  if (config.WORKER_LOG !== 'json') return (event) => (event.type === 'run-finished' ? console.log(JSON.stringify({ at: new Date().toISOString(), ...event })) : undefined);
  return (event) => console.log(JSON.stringify({ at: new Date().toISOString(), ...event }));
}

/**
 * Boots pg-boss (owner connection, schema `pgboss`), creates the queue catalogue and registers
 * one thin handler per queue; the handlers call the sync use cases with the application-role
 * database (Row Level Security applies) and the shared Postgres rate limiter.
 */
export async function startWorker(config: WorkerConfig): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    schema: 'pgboss',
    superviseIntervalSeconds: config.WORKER_MONITOR_SECONDS,
    monitorIntervalSeconds: config.WORKER_MONITOR_SECONDS,
  });
  boss.on('error', (err: unknown) => console.error('worker: pg-boss error', err));
  await boss.start();
  await ensureSyncQueues(boss);

  const pool = new pg.Pool({ connectionString: config.APP_DATABASE_URL, max: config.WORKER_DB_POOL_SIZE });
  pool.on('error', (err) => console.error('worker: idle database connection failed', err.message));
  const db = createPrismaClient(config.APP_DATABASE_URL, { maxConnections: 4 });
  const deps: SyncDeps = {
    db,
    pool,
    cipher: createCredentialCipher(parseCredentialKeys(config.CREDENTIAL_KEYS)),
    queue: boss,
    rateLimiter: createPostgresRateLimiter(pool),
    log: createLogger(config),
  };
  const tenantFair = { groupConcurrency: config.WORKER_TENANT_CONCURRENCY };
  await boss.work('sync.run', { localConcurrency: config.WORKER_CONCURRENCY, pollingIntervalSeconds: 0.5, ...tenantFair }, createSyncRunHandler(deps, { maxPages: config.SYNC_STEP_PAGES, pageSize: config.SYNC_PAGE_SIZE, batchRecords: config.SYNC_BATCH_RECORDS }));
  await boss.work('sync.run.abandoned', { pollingIntervalSeconds: 2 }, createSyncRunAbandonedHandler(deps));
  await boss.work('sync.scheduled', { pollingIntervalSeconds: 2 }, createSyncScheduledHandler(deps));
  await boss.work('sync.sla-check', { pollingIntervalSeconds: 5 }, createSyncSlaCheckHandler(deps));
  await boss.work('sync.replay', { pollingIntervalSeconds: 2, ...tenantFair }, createSyncReplayHandler(deps));

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 20_000 });
      await pool.end();
      await db.$disconnect();
    },
  };
}

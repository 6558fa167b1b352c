/** Shared set-up of the sync engine's integration tests: databases, sandbox CRM, connections, pg-boss. */
import { randomBytes } from 'node:crypto';
import { loadConnector } from '@tributary/connectors';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { startSandboxCrm } from '@tributary/sandbox';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { Actor } from '../../audit/index';
import { seedIntegrationCatalog } from '../../catalog/index';
import { createCredentialCipher, type CredentialCipher } from '../../credentials/index';
import { createPostgresRateLimiter } from '../../rate-limit/index';
import { ensureSyncQueues, syncQueues } from '../queues';
import { runSyncStep, type SyncStepOptions } from '../run/run-sync-step';
import type { SyncDeps } from '../sync-deps';

export type CrmSandbox = Awaited<ReturnType<typeof startSandboxCrm>>;

export interface SyncFixture {
  database: TestDatabase;
  warehouse: TestDatabase;
  db: PrismaClient;
  privilegedDb: PrismaClient;
  pool: pg.Pool;
  admin: pg.Pool;
  /** the customer's warehouse database (where the destination writes) */
  warehouseDb: pg.Pool;
  cipher: CredentialCipher;
  credentialKeys: string;
  crm: CrmSandbox;
  boss: PgBoss;
  deps: SyncDeps;
  /** a tenant with a CRM source connection and a warehouse destination connection */
  tenant: TenantSetup;
  addTenant(slug: string): Promise<TenantSetup>;
  /** registers the `sync.run` handler in this process (a real pg-boss worker) */
  startWorker(options?: SyncStepOptions): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface TenantSetup {
  tenantId: string;
  owner: Actor;
  crmConnectionId: string;
  warehouseConnectionId: string;
  /** the warehouse schema of this tenant (connector's naming: `<prefix>_<tenant id>`) */
  warehouseSchema: string;
}

export async function startSyncFixture(label: string, options: { contacts: number; malformedRate?: number }): Promise<SyncFixture> {
  const database = await createTestDatabase(label);
  const warehouse = await createTestDatabase(`${label}wh`);
  const privilegedDb = createPrivilegedClient(database.adminUrl);
  const db = createPrismaClient(database.appUrl, { maxConnections: 4 });
  const pool = new pg.Pool({ connectionString: database.appUrl, max: 8 });
  const admin = new pg.Pool({ connectionString: database.adminUrl, max: 2 });
  const warehouseDb = new pg.Pool({ connectionString: warehouse.adminUrl, max: 2 });
  const key = randomBytes(32);
  const cipher = createCredentialCipher([{ id: 'k1', key }]);
  const crm = await startSandboxCrm({ port: 0, counts: { contacts: options.contacts, companies: 10, deals: 10 }, maxPageSize: 1000, malformedRate: options.malformedRate ?? 0 });
  await seedIntegrationCatalog(privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: 'http://127.0.0.1:9', cipher });
  const boss = new PgBoss({ connectionString: database.adminUrl, schema: 'pgboss', superviseIntervalSeconds: 1, monitorIntervalSeconds: 1 });
  boss.on('error', () => undefined);
  await boss.start();
  await ensureSyncQueues(boss);
  const deps: SyncDeps = { db, pool, cipher, queue: boss, rateLimiter: createPostgresRateLimiter(pool) };

  async function addTenant(slug: string): Promise<TenantSetup> {
    const tenant = await privilegedDb.tenant.create({ data: { slug: `${slug}-${randomBytes(3).toString('hex')}`, name: slug } });
    const user = await privilegedDb.user.create({ data: { email: `owner-${randomBytes(4).toString('hex')}@${slug}.test`, name: 'Owner' } });
    await privilegedDb.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: 'owner' } });
    const integrations = await privilegedDb.integration.findMany({ where: { tenantId: null, key: { in: ['sandbox-crm-token', 'postgres-warehouse'] } } });
    const integrationId = (k: string) => integrations.find((i) => i.key === k)?.id as string;
    const credentials = cipher.encryptJson({ type: 'apiKey', apiKey: 'pat-sandbox-crm' });
    const source = await privilegedDb.connection.create({
      data: { tenantId: tenant.id, integrationId: integrationId('sandbox-crm-token'), name: 'CRM', settings: { rateLimit: { requests: 100_000, perMs: 1000 } }, credentialsEnc: credentials, credentialsKeyId: 'k1' },
    });
    const destination = await privilegedDb.connection.create({
      data: { tenantId: tenant.id, integrationId: integrationId('postgres-warehouse'), name: 'Warehouse', settings: { connectionString: warehouse.adminUrl, schemaPrefix: 'wh' } },
    });
    return {
      tenantId: tenant.id,
      owner: { kind: 'user', userId: user.id, tenantId: tenant.id, role: 'owner' },
      crmConnectionId: source.id,
      warehouseConnectionId: destination.id,
      warehouseSchema: `wh_${tenant.id.replace(/-/g, '_')}`,
    };
  }

  const tenant = await addTenant('acme');
  let workerId: string | undefined;
  return {
    database,
    warehouse,
    db,
    privilegedDb,
    pool,
    admin,
    warehouseDb,
    cipher,
    credentialKeys: `k1:${key.toString('base64')}`,
    crm,
    boss,
    deps,
    tenant,
    addTenant,
    async startWorker(stepOptions = {}) {
      workerId = await boss.work('sync.run', { localConcurrency: 2, pollingIntervalSeconds: 0.5, groupConcurrency: 2 }, async (jobs) => {
        for (const job of jobs) await runSyncStep(deps, syncQueues['sync.run'].payload.parse(job.data), { pageSize: 1000, ...stepOptions, signal: job.signal });
      });
    },
    async stopWorker() {
      if (workerId) await boss.offWork('sync.run', { id: workerId, wait: true });
      workerId = undefined;
    },
    async close() {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      await Promise.allSettled([crm.close(), db.$disconnect(), privilegedDb.$disconnect(), pool.end(), admin.end(), warehouseDb.end()]);
      await releaseWarehouse(warehouse.adminUrl);
      await Promise.allSettled([database.drop(), warehouse.drop()]);
    },
  };
}

/** The warehouse connector pools connections per connection string: release them before the database is dropped. */
async function releaseWarehouse(connectionString: string): Promise<void> {
  const connector = await loadConnector('postgres-warehouse');
  await connector.destination?.close?.({ connectionString }).catch(() => undefined);
}

/** Polls until the run is no longer queued or running. */
export async function waitForRun(admin: pg.Pool, runId: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await admin.query(`SELECT * FROM sync_run WHERE id = $1`, [runId]);
    const run = rows[0] as Record<string, unknown> | undefined;
    if (run && run.status !== 'queued' && run.status !== 'running') return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${String(run?.status)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The current transaction id: rows with a newer xmin were written (inserted or updated) after it. */
export async function readXid(admin: pg.Pool): Promise<string> {
  const { rows } = await admin.query(`SELECT txid_current()::text AS xid`);
  return rows[0].xid as string;
}

/** Rows of `table` written after `xid`. */
export async function countWrittenSince(pool: pg.Pool, table: string, xid: string): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE xmin::text::bigint > ($1::bigint % 4294967296)`, [xid]);
  return rows[0].n as number;
}

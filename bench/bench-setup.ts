/** The benchmark's world: a fresh hub database and warehouse database, the sandbox CRM, a tenant with a sync. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { seedIntegrationCatalog } from '@tributary/core/catalog';
import { createCredentialCipher } from '@tributary/core/credentials';
import { createSyncConfig, ensureSyncQueues, type SyncDeps } from '@tributary/core/sync';
import { createPrismaClient } from '@tributary/db';
import { appDatabaseUrl, createPrivilegedClient, ensureAppRole, migrateDatabase, resolveDatabase, withDatabaseName, type RunningDatabase } from '@tributary/db/admin';
import { startSandboxCrm } from '@tributary/sandbox';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { statementSettings } from './bench-statements';

export type CrmSandbox = Awaited<ReturnType<typeof startSandboxCrm>>;

export interface BenchWorld {
  server: RunningDatabase;
  adminUrl: string;
  appUrl: string;
  warehouseUrl: string;
  credentialKeys: string;
  crm: CrmSandbox;
  boss: PgBoss;
  deps: SyncDeps;
  admin: pg.Pool;
  warehouse: pg.Pool;
  tenantId: string;
  syncConfigId: string;
  warehouseSchema: string;
  close(): Promise<void>;
}

const appPassword = 'tributary_bench';

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabaseName(serverUrl, name);
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
}

/** Databases of earlier benchmark runs that were interrupted (embedded bench server only). */
async function dropLeftovers(serverUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^bench_(hub|wh)_[0-9a-f]{6}$'`).finally(() => client.end());
  for (const { datname } of rows) {
    log(`dropping leftover ${datname}`);
    await dropDatabase(serverUrl, datname);
  }
}

/**
 * The embedded bench server is sized like a small dedicated database host rather than left at
 * Postgres's defaults (128 MB shared_buffers, a checkpoint every 1 GB of WAL): at 1M records the
 * hub's indexes alone outgrow 128 MB, and frequent checkpoints turn every first touch of an index
 * page into a full-page image in the WAL. The COPY baseline runs on the same server.
 */
const benchServerSettings = {
  shared_buffers: '2GB',
  max_wal_size: '16GB',
  min_wal_size: '2GB',
  checkpoint_timeout: '30min',
  wal_buffers: '64MB',
  maintenance_work_mem: '512MB',
};

export async function setUpWorld(options: { records: number; repoRoot: string; log: (line: string) => void }): Promise<BenchWorld> {
  const explain = process.env.BENCH_EXPLAIN_MS;
  const server = await resolveDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: path.join(options.repoRoot, '.data/bench-postgres'),
    port: 54349,
    settings: { ...benchServerSettings, ...statementSettings() },
    onLog: explain ? (line) => options.log(`  postgres | ${line.trim()}`) : undefined,
  });
  if (server.embedded) await dropLeftovers(server.adminUrl, options.log);
  const suffix = randomBytes(3).toString('hex');
  const hubName = `bench_hub_${suffix}`;
  const warehouseName = `bench_wh_${suffix}`;
  const adminUrl = await createDatabase(server.adminUrl, hubName);
  const warehouseUrl = await createDatabase(server.adminUrl, warehouseName);
  options.log(`databases ${hubName}, ${warehouseName}; migrating`);
  if (explain) {
    // BENCH_EXPLAIN_MS=100: the plan of every statement slower than that goes to the log
    const owner = new pg.Client({ connectionString: adminUrl });
    await owner.connect();
    for (const db of [hubName, warehouseName]) {
      await owner.query(`ALTER DATABASE "${db}" SET session_preload_libraries = 'auto_explain'`);
      await owner.query(`ALTER DATABASE "${db}" SET auto_explain.log_min_duration = '${Number(explain)}ms'`);
      await owner.query(`ALTER DATABASE "${db}" SET auto_explain.log_analyze = on`);
    }
    await owner.end();
  }
  await ensureAppRole(adminUrl, appPassword);
  await migrateDatabase(adminUrl);
  const appUrl = appDatabaseUrl(adminUrl, appPassword);

  const key = randomBytes(32);
  const cipher = createCredentialCipher([{ id: 'bench', key }]);
  const crm = await startSandboxCrm({ port: 0, counts: { contacts: options.records, companies: 10, deals: 10 }, maxPageSize: Number(process.env.BENCH_PAGE_SIZE ?? 1000) });
  const privilegedDb = createPrivilegedClient(adminUrl);
  await seedIntegrationCatalog(privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: 'http://127.0.0.1:9', cipher });
  const tenant = await privilegedDb.tenant.create({ data: { slug: `bench-${suffix}`, name: 'Bench' } });
  const integrations = await privilegedDb.integration.findMany({ where: { tenantId: null, key: { in: ['sandbox-crm-token', 'postgres-warehouse'] } } });
  const integrationId = (k: string) => integrations.find((i) => i.key === k)?.id as string;
  const source = await privilegedDb.connection.create({
    data: {
      tenantId: tenant.id,
      integrationId: integrationId('sandbox-crm-token'),
      name: 'Sandbox CRM',
      settings: { rateLimit: { requests: 1_000_000, perMs: 1000 } },
      credentialsEnc: cipher.encryptJson({ type: 'apiKey', apiKey: 'pat-sandbox-crm' }),
      credentialsKeyId: 'bench',
    },
  });
  const destination = await privilegedDb.connection.create({
    data: { tenantId: tenant.id, integrationId: integrationId('postgres-warehouse'), name: 'Warehouse', settings: { connectionString: warehouseUrl, schemaPrefix: 'wh', poolSize: 4 } },
  });
  await privilegedDb.$disconnect();

  const boss = new PgBoss({ connectionString: adminUrl, schema: 'pgboss', supervise: false, schedule: false });
  boss.on('error', (error) => options.log(`pg-boss: ${String(error)}`));
  await boss.start();
  await ensureSyncQueues(boss);
  const appPool = new pg.Pool({ connectionString: appUrl, max: 2 });
  const db = createPrismaClient(appUrl, { maxConnections: 2 });
  const deps: SyncDeps = { db, pool: appPool, cipher, queue: boss };
  const owner = { kind: 'system' as const, process: 'bench' };
  const { syncConfigId } = await createSyncConfig(deps, tenant.id, owner, {
    name: 'CRM contacts to warehouse',
    sourceConnectionId: source.id,
    sourceStream: 'contacts',
    model: 'contact',
    destinationConnectionIds: [destination.id],
    mode: 'incremental',
  });
  const admin = new pg.Pool({ connectionString: adminUrl, max: 2 });
  const warehouse = new pg.Pool({ connectionString: warehouseUrl, max: 2 });
  return {
    server,
    adminUrl,
    appUrl,
    warehouseUrl,
    credentialKeys: `bench:${key.toString('base64')}`,
    crm,
    boss,
    deps,
    admin,
    warehouse,
    tenantId: tenant.id,
    syncConfigId,
    warehouseSchema: `wh_${tenant.id.replace(/-/g, '_')}`,
    async close() {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      await Promise.allSettled([crm.close(), appPool.end(), db.$disconnect(), admin.end(), warehouse.end()]);
      if (!process.env.BENCH_KEEP) await Promise.allSettled([dropDatabase(server.adminUrl, hubName), dropDatabase(server.adminUrl, warehouseName)]);
      await server.stop();
    },
  };
}

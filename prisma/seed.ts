/**
 * The demo: one tenant with an owner login, the integration catalogue, connections to
 * the sandbox CRM, the sandbox ERP and a Postgres warehouse, and (once the sync engine
 * is configured) demo syncs. Idempotent: run it as often as you like. The tenant,
 * user and catalogue go through the privileged connection (set-up script); the
 * connections go through the same use cases the API uses, as the application role.
 */
import { hashPassword } from '@tributary/core/auth';
import { seedIntegrationCatalog } from '@tributary/core/catalog';
import { createConnection } from '@tributary/core/connections';
import { createCredentialCipher, parseCredentialKeys } from '@tributary/core/credentials';
import { createSyncConfig, ensureSyncQueues, requestSyncRun } from '@tributary/core/sync';
import { createPrismaClient, withTenant, type PrismaClient } from '@tributary/db';
import { PgBoss } from 'pg-boss';
import { createPrivilegedClient } from '@tributary/db/admin';

export const DEMO_LOGIN = { email: 'demo@tributary.dev', password: 'tributary-demo', tenantSlug: 'acme' };
export const SANDBOX_CRM_CLIENT = { clientId: 'sandbox-crm-client', clientSecret: 'sandbox-crm-secret' };

export interface SeedOptions {
  adminUrl: string;
  /** with these, the catalogue and the demo connections are seeded too */
  demo?: {
    appUrl: string;
    credentialKeys: string;
    sandboxCrmUrl: string;
    sandboxErpUrl: string;
    /** where the demo warehouse destination writes */
    warehouseUrl: string;
  };
}

export interface SeededDemo {
  tenantId: string;
  userId: string;
  connections: Record<'crm' | 'erp' | 'warehouse', string> | null;
  syncs: string[];
}

export async function seedDemo(options: SeedOptions): Promise<SeededDemo> {
  const privilegedDb = createPrivilegedClient(options.adminUrl);
  try {
    const tenant = await privilegedDb.tenant.upsert({ where: { slug: DEMO_LOGIN.tenantSlug }, update: {}, create: { slug: DEMO_LOGIN.tenantSlug, name: 'Acme Corp (demo)' } });
    const existing = await privilegedDb.user.findUnique({ where: { email: DEMO_LOGIN.email } });
    const user = existing ?? (await privilegedDb.user.create({ data: { email: DEMO_LOGIN.email, name: 'Demo Owner', passwordHash: await hashPassword(DEMO_LOGIN.password) } }));
    await privilegedDb.membership.upsert({
      where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
      update: { role: 'owner' },
      create: { tenantId: tenant.id, userId: user.id, role: 'owner' },
    });
    if (!options.demo) return { tenantId: tenant.id, userId: user.id, connections: null, syncs: [] };

    const cipher = createCredentialCipher(parseCredentialKeys(options.demo.credentialKeys));
    await seedIntegrationCatalog(privilegedDb, {
      sandboxCrmUrl: options.demo.sandboxCrmUrl,
      sandboxErpUrl: options.demo.sandboxErpUrl,
      oauthClients: { 'sandbox-crm': SANDBOX_CRM_CLIENT },
      cipher,
    });
    const db = createPrismaClient(options.demo.appUrl, { maxConnections: 2 });
    try {
      const connections = await seedDemoConnections(db, cipher, tenant.id, user.id, options.demo.warehouseUrl);
      const syncs = await seedDemoSyncs(options.adminUrl, db, tenant.id, user.id, connections);
      return { tenantId: tenant.id, userId: user.id, connections, syncs };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await privilegedDb.$disconnect();
  }
}

async function seedDemoConnections(
  db: PrismaClient,
  cipher: ReturnType<typeof createCredentialCipher>,
  tenantId: string,
  userId: string,
  warehouseUrl: string,
): Promise<Record<'crm' | 'erp' | 'warehouse', string>> {
  const actor = { kind: 'user', userId, tenantId, role: 'owner' } as const;
  const wanted = {
    crm: { integrationKey: 'sandbox-crm-token', name: 'Sandbox CRM', settings: {}, credentials: { type: 'apiKey', apiKey: 'pat-sandbox-crm' } },
    erp: { integrationKey: 'sandbox-erp', name: 'Sandbox ERP', settings: {}, credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' } },
    warehouse: { integrationKey: 'postgres-warehouse', name: 'Demo warehouse', settings: { connectionString: warehouseUrl, schemaPrefix: 'warehouse' }, credentials: { type: 'none' } },
  } as const;
  const ids = {} as Record<'crm' | 'erp' | 'warehouse', string>;
  for (const [role, input] of Object.entries(wanted) as [keyof typeof wanted, (typeof wanted)[keyof typeof wanted]][]) {
    const found = await withTenant(db, tenantId, (tx) => tx.connection.findFirst({ where: { name: input.name }, select: { id: true } }));
    ids[role] = found?.id ?? (await createConnection({ db, cipher }, tenantId, actor, input)).connectionId;
  }
  return ids;
}

/**
 * Two demo syncs, each scheduled every 15 minutes with a first run queued (the worker
 * picks it up as soon as it starts): CRM contacts into the warehouse, and CRM companies
 * into the warehouse and the ERP.
 */
async function seedDemoSyncs(adminUrl: string, db: PrismaClient, tenantId: string, userId: string, connections: Record<'crm' | 'erp' | 'warehouse', string>): Promise<string[]> {
  const actor = { kind: 'user', userId, tenantId, role: 'owner' } as const;
  const wanted = [
    { name: 'CRM contacts → warehouse', sourceStream: 'contacts', model: 'contact', destinationConnectionIds: [connections.warehouse] },
    { name: 'CRM companies → warehouse + ERP', sourceStream: 'companies', model: 'company', destinationConnectionIds: [connections.warehouse, connections.erp] },
  ] as const;
  const queue = new PgBoss({ connectionString: adminUrl, schema: 'pgboss' });
  await queue.start();
  try {
    await ensureSyncQueues(queue);
    const ids: string[] = [];
    for (const sync of wanted) {
      const found = await withTenant(db, tenantId, (tx) => tx.syncConfig.findFirst({ where: { name: sync.name }, select: { id: true } }));
      if (found) {
        ids.push(found.id);
        continue;
      }
      const { syncConfigId } = await createSyncConfig({ db, queue }, tenantId, actor, {
        ...sync,
        destinationConnectionIds: [...sync.destinationConnectionIds],
        sourceConnectionId: connections.crm,
        mode: 'incremental',
        schedule: '*/15 * * * *',
        slaMinutes: 60,
      });
      await requestSyncRun({ db, queue }, { tenantId, syncConfigId, trigger: 'manual' }, actor);
      ids.push(syncConfigId);
    }
    return ids;
  } finally {
    await queue.stop({ graceful: false });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error('seed: DATABASE_URL is required (npm start sets it for you)');
    process.exit(1);
  }
  await seedDemo({ adminUrl });
  console.log(`seed: demo tenant ready; sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
}

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './prisma-client';
import { withTenant, withTenantConnection } from './tenant-scope';
import { createTestDatabase, type TestDatabase } from './testing';

let database: TestDatabase;
let admin: pg.Client;
let appPool: pg.Pool;
let app: PrismaClient;
const tenantA = '00000000-0000-4000-8000-00000000000a';
const tenantB = '00000000-0000-4000-8000-00000000000b';

/** every table with a tenantId column (the tenant table itself is checked by id) */
async function tenantTables(): Promise<string[]> {
  const rows = await admin.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY 1`);
  return rows.rows.map((r) => r.table_name as string);
}

async function seedTenant(id: string, slug: string) {
  await admin.query(`INSERT INTO tenant (id, slug, name) VALUES ($1, $2, $2)`, [id, slug]);
  const integration = await admin.query(`INSERT INTO integration (key, "connectorId", label, "authType", "tenantId") VALUES ($1, 'rest-declarative', 'Private', 'none', $2) RETURNING id`, [`private-${slug}`, id]);
  const connection = await admin.query(`INSERT INTO connection ("tenantId", "integrationId", name, "updatedAt") VALUES ($1, $2, 'CRM', now()) RETURNING id`, [id, integration.rows[0].id]);
  const sync = await admin.query(
    `INSERT INTO sync_config ("tenantId", name, "sourceConnectionId", "sourceStream", model, "updatedAt") VALUES ($1, 'contacts', $2, 'contacts', 'contact', now()) RETURNING id`,
    [id, connection.rows[0].id],
  );
  await admin.query(`INSERT INTO sync_run ("tenantId", "syncConfigId", trigger, mode, "mappingVersion", source) VALUES ($1, $2, 'manual', 'full', 1, '{}')`, [id, sync.rows[0].id]);
  await admin.query(`INSERT INTO canonical_record ("tenantId", model, identity, data, hash) VALUES ($1, 'contact', 'a@example.com', '{}', 'h')`, [id]);
  await admin.query(`INSERT INTO dead_letter ("tenantId", stage, payload, "errorCode", "errorMessage") VALUES ($1, 'validate', '{}', 'validation', 'bad email')`, [id]);
  await admin.query(`INSERT INTO audit_log ("tenantId", "actorKind", action, "targetType") VALUES ($1, 'system', 'seed', 'tenant')`, [id]);
  await admin.query(`INSERT INTO api_key ("tenantId", name, prefix, "secretHash", scopes) VALUES ($1, 'k', $2, 'x', '{read}')`, [id, `trb_${slug}`]);
}

beforeAll(async () => {
  database = await createTestDatabase('rls');
  admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  await seedTenant(tenantA, 'alpha');
  await seedTenant(tenantB, 'beta');
  appPool = new pg.Pool({ connectionString: database.appUrl, max: 2 });
  app = createPrismaClient(database.appUrl, { maxConnections: 2 });
});

afterAll(async () => {
  await app?.$disconnect();
  await appPool?.end();
  await admin?.end();
  await database?.drop();
});

describe('Row Level Security as the application role', () => {
  it('connects as a role that cannot bypass RLS', async () => {
    const { rows } = await appPool.query(`SELECT current_user AS who, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ who: 'tributary_app', rolbypassrls: false, rolsuper: false });
  });

  it('sees 0 rows of any tenant table when no tenant is set', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(20);
    for (const table of tables) {
      const seenByOwner = await admin.query(`SELECT count(*)::int AS n FROM "${table}"`);
      const seenByApp = await appPool.query(`SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: seenByApp.rows[0].n }).toEqual({ table, n: 0 });
      if (['connection', 'sync_run', 'dead_letter', 'canonical_record', 'api_key', 'audit_log'].includes(table)) {
        expect(seenByOwner.rows[0].n).toBe(2);
      }
    }
    expect((await appPool.query(`SELECT count(*)::int AS n FROM tenant`)).rows[0].n).toBe(0);
  });

  it("with tenant A set, raw SQL sees none of tenant B's rows", async () => {
    const tables = await tenantTables();
    await withTenantConnection(appPool, tenantA, async (client) => {
      for (const table of tables) {
        const foreign = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "tenantId" <> $1`, [tenantA]);
        expect({ table, n: foreign.rows[0].n }).toEqual({ table, n: 0 });
      }
      const own = await client.query(`SELECT count(*)::int AS n FROM dead_letter`);
      expect(own.rows[0].n).toBe(1);
      const tenants = await client.query(`SELECT id FROM tenant`);
      expect(tenants.rows.map((r) => r.id)).toEqual([tenantA]);
    });
  });

  it("with tenant A set, Prisma reads only A's rows and updates cannot reach B's", async () => {
    await withTenant(app, tenantA, async (tx) => {
      const letters = await tx.deadLetter.findMany();
      expect(letters.map((l) => l.tenantId)).toEqual([tenantA]);
      const touched = await tx.deadLetter.updateMany({ data: { status: 'discarded' } });
      expect(touched.count).toBe(1);
    });
    const b = await admin.query(`SELECT status FROM dead_letter WHERE "tenantId" = $1`, [tenantB]);
    expect(b.rows[0].status).toBe('open');
  });

  it("refuses an insert of tenant B's row while tenant A is set", async () => {
    await expect(
      withTenantConnection(appPool, tenantA, (client) =>
        client.query(`INSERT INTO audit_log ("tenantId", "actorKind", action, "targetType") VALUES ($1, 'user', 'sneak', 'tenant')`, [tenantB]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withTenant(app, tenantA, (tx) => tx.auditLog.create({ data: { tenantId: tenantB, actorKind: 'user', action: 'sneak', targetType: 'tenant' } })),
    ).rejects.toThrow();
    const sneaked = await admin.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'sneak'`);
    expect(sneaked.rows[0].n).toBe(0);
  });

  it('sees the global catalogue plus its own integrations, never another tenant\'s', async () => {
    await admin.query(`INSERT INTO integration (key, "connectorId", label, "authType") VALUES ('global-crm', 'sandbox-crm', 'CRM', 'oauth2')`);
    const keys = await withTenant(app, tenantB, (tx) => tx.integration.findMany({ orderBy: { key: 'asc' } }));
    expect(keys.map((k) => k.key)).toEqual(['global-crm', 'private-beta']);
  });

  it('does not carry a tenant over to the next transaction on a pooled connection', async () => {
    await withTenantConnection(appPool, tenantA, async () => undefined);
    const after = await appPool.query(`SELECT count(*)::int AS n FROM dead_letter`);
    expect(after.rows[0].n).toBe(0);
  });
});

/** Shared set-up of the connections integration tests: a fresh database, a tenant, the catalogue and the sandboxes. */
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { startSandboxCrm, startSandboxErp } from '@tributary/sandbox';
import type { Actor } from '../audit/index';
import { seedIntegrationCatalog } from '../catalog/index';
import { createCredentialCipher, type CredentialCipher } from '../credentials/index';

export const CRM_CLIENT = { clientId: 'tributary-test', clientSecret: 'tributary-test-secret-123' };
export const REDIRECT_URI = 'http://127.0.0.1:4999/oauth/callback';

export type CrmSandbox = Awaited<ReturnType<typeof startSandboxCrm>>;
export type ErpSandbox = Awaited<ReturnType<typeof startSandboxErp>>;

export interface ConnectionsFixture {
  database: TestDatabase;
  db: PrismaClient;
  privilegedDb: PrismaClient;
  cipher: CredentialCipher;
  /** the keys of `cipher` (k1) */
  keys: { id: string; key: Buffer }[];
  crm: CrmSandbox;
  erp: ErpSandbox;
  tenantId: string;
  otherTenantId: string;
  owner: Actor;
  close(): Promise<void>;
}

export function createTestKey(id: string): { id: string; key: Buffer } {
  return { id, key: randomBytes(32) };
}

export async function startConnectionsFixture(label: string, options: { accessTokenTtlSeconds?: number } = {}): Promise<ConnectionsFixture> {
  const database = await createTestDatabase(label);
  const privilegedDb = createPrivilegedClient(database.adminUrl);
  const db = createPrismaClient(database.appUrl);
  const keys = [createTestKey('k1')];
  const cipher = createCredentialCipher(keys);
  const crmClient = { ...CRM_CLIENT, redirectUris: [REDIRECT_URI] };
  const crm = await startSandboxCrm({ port: 0, clients: [crmClient], accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 1800, counts: { contacts: 20, companies: 5, deals: 5 } });
  const erp = await startSandboxErp({ port: 0 });
  await seedIntegrationCatalog(privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: erp.url, oauthClients: { 'sandbox-crm': CRM_CLIENT }, cipher });
  const tenant = await privilegedDb.tenant.create({ data: { slug: `acme-${randomBytes(3).toString('hex')}`, name: 'Acme' } });
  const other = await privilegedDb.tenant.create({ data: { slug: `globex-${randomBytes(3).toString('hex')}`, name: 'Globex' } });
  const user = await privilegedDb.user.create({ data: { email: `owner-${randomBytes(3).toString('hex')}@acme.test`, name: 'Owner' } });
  await privilegedDb.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: 'owner' } });
  return {
    database,
    db,
    privilegedDb,
    cipher,
    keys,
    crm,
    erp,
    tenantId: tenant.id,
    otherTenantId: other.id,
    owner: { kind: 'user', userId: user.id, tenantId: tenant.id, role: 'owner' },
    async close() {
      await Promise.allSettled([crm.close(), erp.close(), db.$disconnect(), privilegedDb.$disconnect()]);
      await database.drop();
    },
  };
}

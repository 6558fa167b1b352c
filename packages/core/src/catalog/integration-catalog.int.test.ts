import { randomBytes } from 'node:crypto';
import { listConnectors } from '@tributary/connectors';
import { createPrismaClient, withTenant, type PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialCipher } from '../credentials/index';
import { seedIntegrationCatalog } from './index';

let database: TestDatabase;
let privilegedDb: PrismaClient;
let db: PrismaClient;
const cipher = createCredentialCipher([{ id: 'k1', key: randomBytes(32) }]);
const options = { sandboxCrmUrl: 'http://127.0.0.1:4010', sandboxErpUrl: 'http://127.0.0.1:4020', oauthClients: { 'sandbox-crm': { clientId: 'crm-app', clientSecret: 'crm-app-secret' } }, cipher };

beforeAll(async () => {
  database = await createTestDatabase('catalog');
  privilegedDb = createPrivilegedClient(database.adminUrl);
  db = createPrismaClient(database.appUrl);
});
afterAll(async () => {
  await Promise.allSettled([privilegedDb?.$disconnect(), db?.$disconnect()]);
  await database?.drop();
});

describe('seedIntegrationCatalog', () => {
  it('creates one global integration per connector, idempotently, with the OAuth client encrypted', async () => {
    await seedIntegrationCatalog(privilegedDb, options);
    await seedIntegrationCatalog(privilegedDb, options);
    const rows = await privilegedDb.integration.findMany({ orderBy: { key: 'asc' } });
    expect(rows.map((r) => r.key)).toEqual(listConnectors().map((c) => c.id).sort());
    expect(rows.every((r) => r.tenantId === null)).toBe(true);

    const crm = rows.find((r) => r.key === 'sandbox-crm')!;
    expect(crm).toMatchObject({
      connectorId: 'sandbox-crm',
      authType: 'oauth2',
      oauthClientId: 'crm-app',
      authorizeUrl: 'http://127.0.0.1:4010/oauth/authorize',
      tokenUrl: 'http://127.0.0.1:4010/oauth/v1/token',
      tokenAuthMethod: 'client_secret_post',
      defaultSettings: { baseUrl: 'http://127.0.0.1:4010' },
    });
    expect(crm.oauthClientSecretEnc).not.toContain('crm-app-secret');
    expect(cipher.decrypt(crm.oauthClientSecretEnc!)).toBe('crm-app-secret');
    expect(rows.find((r) => r.key === 'sandbox-erp')).toMatchObject({ authType: 'apiKey', defaultSettings: { baseUrl: 'http://127.0.0.1:4020' }, oauthClientSecretEnc: null });

    // every tenant sees the global catalogue; none can write it
    const tenant = await privilegedDb.tenant.create({ data: { slug: 'cat', name: 'Cat' } });
    const visible = await withTenant(db, tenant.id, (tx) => tx.integration.count());
    expect(visible).toBe(rows.length);
    await expect(withTenant(db, tenant.id, (tx) => tx.integration.update({ where: { id: crm.id }, data: { label: 'hijacked' } }))).rejects.toThrow();
  });
});

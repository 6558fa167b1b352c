import { createHttpClient } from '@tributary/connectors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialCipher } from '../credentials/index';
import { connectSandboxCrm } from './connection-oauth-fixture';
import { createTestKey, startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { createConnection, openConnection, rotateCredentialKeys } from './index';

let f: ConnectionsFixture;
beforeAll(async () => {
  f = await startConnectionsFixture('keyrotation');
});
afterAll(async () => f?.close());

describe('rotateCredentialKeys', () => {
  it('re-encrypts everything under k2 online, without a failed read', async () => {
    const k2 = createTestKey('k2');
    const oldDeps = { db: f.db, cipher: f.cipher };
    const ids: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const created = await createConnection(oldDeps, f.tenantId, f.owner, { integrationKey: 'sandbox-erp', name: `ERP ${i}`, credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' } });
      ids.push(created.connectionId);
    }
    ids.push(await connectSandboxCrm(oldDeps, f.tenantId));
    expect(f.cipher.activeKeyId).toBe('k1');

    // every process now runs with "k2,k1": k2 encrypts, both decrypt
    const both = createCredentialCipher([k2, ...f.keys]);
    const readerDeps = { db: f.db, cipher: both };
    let reads = 0;
    const failures: unknown[] = [];
    let rotating = true;
    const reader = (async () => {
      while (rotating) {
        for (const id of ids) {
          await openConnection(readerDeps, f.tenantId, id).then(() => (reads += 1), (error: unknown) => failures.push(error));
        }
      }
    })();
    const report = await rotateCredentialKeys({ privilegedDb: f.privilegedDb, cipher: both, batchSize: 2, pauseMs: 25 });
    rotating = false;
    await reader;

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(ids.length);
    expect(report).toMatchObject({ activeKeyId: 'k2', remaining: 0, rotated: { connection: 10 } });
    expect(report.rotated.integration).toBeGreaterThanOrEqual(1);
    expect(report.rotated.oauth_state).toBeGreaterThanOrEqual(1);
    const rows = await f.privilegedDb.connection.findMany({ select: { credentialsKeyId: true, credentialsEnc: true } });
    expect(rows.every((r) => r.credentialsKeyId === 'k2' && r.credentialsEnc!.startsWith('v1.k2.'))).toBe(true);
    const secrets = await f.privilegedDb.integration.findMany({ where: { oauthClientSecretEnc: { not: null } } });
    expect(secrets.every((s) => s.oauthClientSecretEnc!.startsWith('v1.k2.'))).toBe(true);

    // k1 is gone: a cipher with only k2 reads every connection, and each still works
    const onlyK2 = { db: f.db, cipher: createCredentialCipher([k2]) };
    for (const id of ids) {
      const opened = await openConnection(onlyK2, f.tenantId, id);
      const http = createHttpClient({ baseUrl: opened.connector.baseUrl!(opened.settings), auth: opened.auth, retry: { maxAttempts: 1 } });
      const path = opened.connector.id === 'sandbox-erp' ? '/api/v1/customers' : '/crm/v3/objects/contacts';
      expect((await http.request({ url: path, query: { limit: 1 } })).status).toBe(200);
    }
    // a second run has nothing left to do
    expect((await rotateCredentialKeys({ privilegedDb: f.privilegedDb, cipher: both })).rotated.connection).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSandboxCrm } from './connection-oauth-fixture';
import { startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { createConnection, disconnectConnection, openConnection, reconnectWithCredentials, testConnection, type ConnectionDeps } from './index';

let f: ConnectionsFixture;
let deps: ConnectionDeps;
beforeAll(async () => {
  f = await startConnectionsFixture('connlifecycle');
  deps = { db: f.db, cipher: f.cipher };
});
afterAll(async () => f?.close());

const erpKey = { type: 'apiKey', apiKey: 'erp-sandbox-key' };

describe('test, reconnect with credentials, disconnect', () => {
  it('testConnection answers ok for working credentials (OAuth and API key)', async () => {
    const crmId = await connectSandboxCrm(deps, f.tenantId);
    expect(await testConnection(deps, f.tenantId, crmId)).toEqual({ ok: true, message: null });
    const { connectionId } = await createConnection(deps, f.tenantId, f.owner, { integrationKey: 'sandbox-erp', name: 'ERP', credentials: erpKey });
    expect(await testConnection(deps, f.tenantId, connectionId)).toEqual({ ok: true, message: null });
  });

  it('a refused API key: test marks needs_reauth, reconnect with a new key restores it in place', async () => {
    const { connectionId } = await createConnection(deps, f.tenantId, f.owner, { integrationKey: 'sandbox-erp', name: 'ERP 2', credentials: erpKey });
    const sync = await f.privilegedDb.syncConfig.create({ data: { tenantId: f.tenantId, name: 'invoices', sourceConnectionId: connectionId, sourceStream: 'invoices', model: 'invoice' } });
    // the key stored is no longer accepted (as if rotated at the provider)
    await f.privilegedDb.connection.update({ where: { id: connectionId }, data: { credentialsEnc: f.cipher.encryptJson({ type: 'apiKey', apiKey: 'old-key' }) } });
    const tested = await testConnection(deps, f.tenantId, connectionId);
    expect(tested.ok).toBe(false);
    expect(tested.message).not.toContain('old-key');
    expect(await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: 'needs_reauth' });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ status: 'paused' });

    await expect(reconnectWithCredentials(deps, f.tenantId, f.owner, connectionId, { type: 'apiKey', apiKey: 'still-wrong' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await reconnectWithCredentials(deps, f.tenantId, f.owner, connectionId, erpKey);
    expect(await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: 'active', statusReason: null });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ status: 'active' });
    const types = (await f.privilegedDb.hubEvent.findMany({ where: { subjectId: connectionId }, orderBy: { createdAt: 'asc' } })).map((e) => e.type);
    expect(types).toEqual(['connection.created', 'connection.needs_reauth', 'connection.reconnected']);
  });

  it('disconnect erases the credentials and pauses syncs', async () => {
    const { connectionId } = await createConnection(deps, f.tenantId, f.owner, { integrationKey: 'sandbox-erp', name: 'ERP 3', credentials: erpKey });
    const sync = await f.privilegedDb.syncConfig.create({ data: { tenantId: f.tenantId, name: 'customers', sourceConnectionId: connectionId, sourceStream: 'customers', model: 'company' } });
    expect(await disconnectConnection(deps, f.tenantId, f.owner, connectionId)).toEqual({ connectionId, pausedSyncs: 1 });
    expect(await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: 'disabled', credentialsEnc: null });
    expect(await f.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: sync.id } })).toMatchObject({ status: 'paused', pausedReason: 'connection disconnected' });
    await expect(openConnection(deps, f.tenantId, connectionId)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(disconnectConnection(deps, f.otherTenantId, { kind: 'system', process: 't' }, connectionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/index';
import { startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { createConnection, openConnection } from './index';

let f: ConnectionsFixture;
beforeAll(async () => {
  f = await startConnectionsFixture('conncreate');
});
afterAll(async () => f?.close());

describe('createConnection + openConnection (API key)', () => {
  it('validates the key with a test call, stores it encrypted, and opens it', async () => {
    const deps = { db: f.db, cipher: f.cipher };
    const { connectionId } = await createConnection(deps, f.tenantId, f.owner, {
      integrationKey: 'sandbox-erp',
      name: 'Our ERP',
      credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' },
    });
    const raw = await f.privilegedDb.$queryRaw<{ row: string }[]>`SELECT row_to_json(c)::text AS row FROM connection c WHERE id = ${connectionId}::uuid`;
    expect(raw[0]!.row).not.toContain('erp-sandbox-key');

    const opened = await openConnection(deps, f.tenantId, connectionId);
    expect(opened.integrationKey).toBe('sandbox-erp');
    expect(opened.connector.id).toBe('sandbox-erp');
    expect(opened.settings).toMatchObject({ baseUrl: f.erp.url });
    expect(opened.credentials).toEqual({ type: 'apiKey', apiKey: 'erp-sandbox-key' });
    expect(await opened.auth.headers()).toEqual({ 'X-API-Key': 'erp-sandbox-key' });
    expect(opened.rateLimitKey).toBe(`sandbox-erp:${connectionId}`);

    const events = await f.privilegedDb.hubEvent.findMany({ where: { subjectId: connectionId } });
    expect(events.map((e) => e.type)).toEqual(['connection.created']);
    const audit = await f.privilegedDb.auditLog.findMany({ where: { targetId: connectionId } });
    expect(audit.map((a) => a.action)).toEqual(['connection.create']);
  });

  it('refuses a wrong key before saving anything', async () => {
    const before = await f.privilegedDb.connection.count();
    const attempt = createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, f.owner, {
      integrationKey: 'sandbox-erp',
      name: 'Bad ERP',
      credentials: { type: 'apiKey', apiKey: 'not-the-key' },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(attempt).rejects.not.toThrow(/not-the-key/);
    expect(await f.privilegedDb.connection.count()).toBe(before);
  });

  it('works for the CRM private app token too', async () => {
    const { connectionId } = await createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, f.owner, {
      integrationKey: 'sandbox-crm-token',
      name: 'CRM token',
      credentials: { type: 'apiKey', apiKey: 'pat-sandbox-crm' },
    });
    const opened = await openConnection({ db: f.db, cipher: f.cipher }, f.tenantId, connectionId);
    expect(await opened.auth.headers()).toEqual({ authorization: 'Bearer pat-sandbox-crm' });
  });

  it('hides connections from other tenants and refuses viewers', async () => {
    const { connectionId } = await createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, f.owner, {
      integrationKey: 'sandbox-erp',
      name: 'ERP 2',
      credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' },
    });
    await expect(openConnection({ db: f.db, cipher: f.cipher }, f.otherTenantId, connectionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openConnection({ db: f.db, cipher: f.cipher }, f.tenantId, 'nope')).rejects.toBeInstanceOf(DomainError);
    const viewer = { kind: 'user' as const, userId: f.tenantId, tenantId: f.tenantId, role: 'viewer' as const };
    await expect(createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, viewer, { integrationKey: 'sandbox-erp', name: 'x', credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses OAuth integrations and fails fast for needs_reauth', async () => {
    await expect(createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, f.owner, { integrationKey: 'sandbox-crm', name: 'x', credentials: { type: 'none' } })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const { connectionId } = await createConnection({ db: f.db, cipher: f.cipher }, f.tenantId, f.owner, {
      integrationKey: 'sandbox-erp',
      name: 'ERP 3',
      credentials: { type: 'apiKey', apiKey: 'erp-sandbox-key' },
    });
    await f.privilegedDb.connection.update({ where: { id: connectionId }, data: { status: 'needs_reauth', statusReason: 'key revoked' } });
    await expect(openConnection({ db: f.db, cipher: f.cipher }, f.tenantId, connectionId)).rejects.toMatchObject({ code: 'NEEDS_REAUTH' });
  });
});

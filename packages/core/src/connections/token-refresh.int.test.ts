import { createHttpClient } from '@tributary/connectors';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSandboxCrm } from './connection-oauth-fixture';
import { startConnectionsFixture, type ConnectionsFixture } from './connection-test-fixture';
import { openConnection } from './index';

let f: ConnectionsFixture;
const processes: PrismaClient[] = [];
beforeAll(async () => {
  f = await startConnectionsFixture('tokenrefresh');
  for (let i = 0; i < 5; i += 1) processes.push(createPrismaClient(f.database.appUrl, { maxConnections: 4 }));
});
afterAll(async () => {
  await Promise.allSettled(processes.map((db) => db.$disconnect()));
  await f?.close();
});

describe('one refresh per connection across processes', () => {
  it('200 concurrent headers() through an expired token from 5 clients make exactly 1 token request', async () => {
    const connectionId = await connectSandboxCrm({ db: f.db, cipher: f.cipher }, f.tenantId);
    await f.privilegedDb.$executeRaw`UPDATE connection SET "tokenExpiresAt" = now() - interval '1 minute' WHERE id = ${connectionId}::uuid`;
    // each "process" opens the connection while the token is still the expired one
    const sessions = await Promise.all(processes.map((db) => openConnection({ db, cipher: f.cipher }, f.tenantId, connectionId)));
    const oldToken = (sessions[0]!.credentials as { accessToken: string }).accessToken;

    const before = f.crm.stats().tokenRequests;
    const headers = await Promise.all(Array.from({ length: 200 }, (_, i) => sessions[i % sessions.length]!.auth.headers()));
    expect(f.crm.stats().tokenRequests - before).toBe(1);
    const distinct = new Set(headers.map((h) => h.authorization));
    expect(distinct.size).toBe(1);
    expect([...distinct][0]).not.toBe(`Bearer ${oldToken}`);

    for (const session of sessions) {
      const http = createHttpClient({ baseUrl: f.crm.url, auth: session.auth, retry: { maxAttempts: 1 } });
      expect((await http.request({ url: '/crm/v3/objects/contacts', query: { limit: 1 } })).status).toBe(200);
    }
    expect(f.crm.stats().tokenRequests - before).toBe(1);
    const row = await f.privilegedDb.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row.status).toBe('active');
    expect(row.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it('401s on the same token from many clients still make one refresh', async () => {
    const connectionId = await connectSandboxCrm({ db: f.db, cipher: f.cipher }, f.tenantId, 'CRM 2');
    const sessions = await Promise.all(processes.map((db) => openConnection({ db, cipher: f.cipher }, f.tenantId, connectionId)));
    const before = f.crm.stats().tokenRequests;
    await Promise.all(sessions.map((s) => s.auth.invalidate?.()));
    const headers = await Promise.all(sessions.map((s) => s.auth.headers()));
    expect(new Set(headers.map((h) => h.authorization)).size).toBe(1);
    expect(f.crm.stats().tokenRequests - before).toBe(1);
  });
});

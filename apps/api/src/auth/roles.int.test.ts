import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';
import { generateApiKey } from './api-key-token';

let t: TestApi;
let a: TenantFixture;
const tokens: Record<string, string> = {};

async function keyWith(scopes: string[]): Promise<string> {
  const key = generateApiKey();
  await t.privilegedDb.apiKey.create({ data: { tenantId: a.tenantId, name: `scoped ${scopes.join('+')}`, prefix: key.prefix, secretHash: key.secretHash, scopes } });
  return key.token;
}

beforeAll(async () => {
  t = await startTestApi('apiroles');
  a = await seedTenantFixture(t.privilegedDb, 'roles-a');
  for (const role of ['owner', 'admin', 'viewer'] as const) tokens[role] = await t.sessionToken({ userId: a.users[role], tenantId: a.tenantId, role, staff: false });
  tokens.readKey = await keyWith(['read']);
  tokens.writeKey = await keyWith(['read', 'write']);
  tokens.adminKey = a.apiKeyToken;
});
afterAll(async () => t?.close());

const ops = {
  read: () => ({ query: '{ runs(first: 1) { nodes { id } } deadLetters(first: 1) { nodes { id } } members(first: 1) { nodes { id } } }' }),
  write: () => ({ query: 'mutation($id: ID!) { disconnect(id: $id) { status } }', variables: { id: encodeId('Connection', a.destinationId) } }),
  admin: () => ({ query: '{ apiKeys(first: 1) { nodes { id } } auditLog(first: 1) { nodes { id } } }' }),
};

async function outcome(who: string, level: keyof typeof ops): Promise<string> {
  const { query, variables } = ops[level]() as { query: string; variables?: Record<string, unknown> };
  const res = await t.graphql(query, variables ?? {}, { token: tokens[who] });
  return (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
}

describe('roles and scopes', () => {
  it.each([
    ['viewer', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    ['admin', 'OK', 'OK', 'FORBIDDEN'],
    ['owner', 'OK', 'OK', 'OK'],
    ['readKey', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    ['writeKey', 'OK', 'OK', 'FORBIDDEN'],
    ['adminKey', 'OK', 'OK', 'OK'],
  ])('%s: read %s, write %s, admin %s', async (who, read, write, admin) => {
    expect(await outcome(who, 'read')).toBe(read);
    expect(await outcome(who, 'admin')).toBe(admin);
    expect(await outcome(who, 'write')).toBe(write);
    if (write === 'OK') await t.privilegedDb.connection.update({ where: { id: a.destinationId }, data: { status: 'active' } });
  });

  it('says which permission is missing', async () => {
    const res = await t.graphql('mutation { createApiKey(input: { name: "x", scopes: [READ] }) { secret } }', {}, { token: tokens.viewer });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', required: 'ADMIN' });
  });

  it('a session without a tenant (staff) cannot touch tenant data', async () => {
    const staff = await t.privilegedDb.user.create({ data: { email: 'staff-roles@tributary.test', name: 'Staff', isStaff: true } });
    const token = await t.sessionToken({ userId: staff.id, tenantId: null, role: null, staff: true });
    const res = await t.graphql('{ runs(first: 1) { nodes { id } } }', {}, { token });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await t.graphql('{ viewer { isStaff tenant { id } scopes } }', {}, { token });
    expect(me.body.data?.viewer).toEqual({ isStaff: true, tenant: null, scopes: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let b: TenantFixture;
let staffToken: string;
let staffId: string;

beforeAll(async () => {
  t = await startTestApi('apisupport');
  a = await seedTenantFixture(t.privilegedDb, 'sup-a');
  b = await seedTenantFixture(t.privilegedDb, 'sup-b');
  staffId = (await t.privilegedDb.user.create({ data: { email: 'support@tributary.test', name: 'Support', isStaff: true } })).id;
  staffToken = await t.sessionToken({ userId: staffId, tenantId: null, role: null, staff: true });
});
afterAll(async () => t?.close());

const find = `query($filter: SupportDeadLetterFilter) { supportDeadLetters(first: 10, filter: $filter) { nodes { id tenant { slug } stage status externalId payload error { code message } } } }`;

describe('support staff across tenants', () => {
  it('finds failed records in every tenant, and each tenant audits it', async () => {
    const res = await t.graphql(find, {}, { token: staffToken });
    expect(res.body.errors).toBeUndefined();
    const nodes = (res.body.data as { supportDeadLetters: { nodes: { id: string; tenant: { slug: string } }[] } }).supportDeadLetters.nodes;
    expect(nodes.map((n) => n.tenant.slug).sort()).toEqual(['sup-a', 'sup-b']);
    for (const f of [a, b]) {
      const audit = await t.privilegedDb.auditLog.findMany({ where: { tenantId: f.tenantId, action: 'support.dead_letters.viewed' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorKind: 'staff', actorId: staffId, metadata: { ids: [f.deadLetterId] } });
    }
    const one = await t.graphql(find, { filter: { tenantSlug: 'sup-b' } }, { token: staffToken });
    expect((one.body.data as { supportDeadLetters: { nodes: { id: string }[] } }).supportDeadLetters.nodes.map((n) => n.id)).toEqual([encodeId('DeadLetter', b.deadLetterId)]);
  });

  it('is refused to everyone else, owners included', async () => {
    const owner = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
    for (const token of [owner, a.apiKeyToken]) {
      const res = await t.graphql(find, {}, { token });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.graphql(find)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops at once when the account loses its staff flag, even with a valid token', async () => {
    await t.privilegedDb.user.update({ where: { id: staffId }, data: { isStaff: false } });
    const res = await t.graphql(find, {}, { token: staffToken });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

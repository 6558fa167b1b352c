import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let owner: string;

beforeAll(async () => {
  t = await startTestApi('apikeys');
  a = await seedTenantFixture(t.privilegedDb, 'keys-a');
  owner = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
});
afterAll(async () => t?.close());

const createKey = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes createdBy { email } lastUsedAt revokedAt } } }`;

describe('API keys', () => {
  it('creates a key shown once, stores only its hash, and lets it call the API until revoked', async () => {
    const created = await t.graphql(createKey, { input: { name: 'partner', scopes: ['READ', 'WRITE'] } }, { token: owner });
    const { secret, apiKey } = (created.body.data as { createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[]; createdBy: { email: string } } } }).createApiKey;
    expect(secret).toMatch(/^trb_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({ scopes: ['READ', 'WRITE'], createdBy: { email: a.emails.owner } });
    const stored = await t.privilegedDb.$queryRaw<{ row: string }[]>`SELECT row_to_json(k)::text AS row FROM api_key k WHERE name = 'partner'`;
    expect(stored[0]!.row).not.toContain(secret.split('_')[2]!);

    const listed = await t.graphql('{ apiKeys(first: 10) { nodes { name prefix } } }', {}, { token: owner });
    expect(JSON.stringify(listed.body)).not.toContain(secret.split('_')[2]!);

    const used = await t.graphql('{ viewer { scopes } }', {}, { token: secret });
    expect(used.body.data?.viewer).toEqual({ scopes: ['READ', 'WRITE'] });
    const revoked = await t.graphql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, { token: owner });
    expect((revoked.body.data as { revokeApiKey: { revokedAt: string } }).revokeApiKey.revokedAt).toBeTruthy();
    const after = await t.graphql('{ viewer { scopes } }', {}, { token: secret });
    expect(after.status).toBe(401);
    const audit = await t.privilegedDb.auditLog.findMany({ where: { tenantId: a.tenantId, targetType: 'api_key' }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('never gives a key more than its creator has, and validates per field', async () => {
    const writeKey = (await t.graphql(createKey, { input: { name: 'writer', scopes: ['WRITE'] } }, { token: owner })).body.data as { createApiKey: { secret: string } };
    const escalate = await t.graphql(createKey, { input: { name: 'x', scopes: ['ADMIN'] } }, { token: writeKey.createApiKey.secret });
    expect(escalate.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await t.graphql(createKey, { input: { name: ' ', scopes: [] } }, { token: owner });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.name' }, { field: 'input.scopes' }] });
  });
});

describe('members', () => {
  it('adds a person with a one-time password who can then sign in', async () => {
    const res = await t.graphql('mutation { addMember(input: { email: "new@keys-a.test", name: "New Person", role: VIEWER }) { temporaryPassword member { role user { email } } } }', {}, { token: owner });
    const added = (res.body.data as { addMember: { temporaryPassword: string; member: unknown } }).addMember;
    expect(added.member).toEqual({ role: 'VIEWER', user: { email: 'new@keys-a.test' } });
    const signIn = await fetch(`${t.api.url}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'new@keys-a.test', password: added.temporaryPassword }) });
    expect((await signIn.json()).role).toBe('viewer');
    const again = await t.graphql('mutation { addMember(input: { email: "new@keys-a.test", name: "x", role: VIEWER }) { temporaryPassword } }', {}, { token: owner });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('changes roles and removes members, but never the last owner', async () => {
    const lastOwner = await t.graphql('mutation($id: ID!) { changeMemberRole(input: { memberId: $id, role: ADMIN }) { role } }', { id: encodeId('Member', a.memberIds.owner) }, { token: owner });
    expect(lastOwner.body.errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    const promoted = await t.graphql('mutation($id: ID!) { changeMemberRole(input: { memberId: $id, role: OWNER }) { role } }', { id: encodeId('Member', a.memberIds.admin) }, { token: owner });
    expect(promoted.body.data?.changeMemberRole).toEqual({ role: 'OWNER' });
    const removed = await t.graphql('mutation($id: ID!) { removeMember(memberId: $id) { removedMemberId } }', { id: encodeId('Member', a.memberIds.viewer) }, { token: owner });
    expect(removed.body.data?.removeMember).toEqual({ removedMemberId: encodeId('Member', a.memberIds.viewer) });
    expect(await t.privilegedDb.membership.count({ where: { id: a.memberIds.viewer } })).toBe(0);
    const audit = await t.graphql('{ auditLog(first: 10, filter: { targetType: "membership" }) { nodes { action actorKind actorId } } }', {}, { token: owner });
    expect((audit.body.data as { auditLog: { nodes: { action: string }[] } }).auditLog.nodes.map((n) => n.action)).toEqual(['member.removed', 'member.role_changed', 'member.added']);
  });
});

import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { readTypeDefs } from '../graphql/type-defs';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';
import { crossTenantOperations, operationsWithoutIds } from '../testing/cross-tenant-operations';

let t: TestApi;
let a: TenantFixture;
let b: TenantFixture;
let token: string;

beforeAll(async () => {
  t = await startTestApi('apiisolation');
  a = await seedTenantFixture(t.privilegedDb, 'iso-a');
  b = await seedTenantFixture(t.privilegedDb, 'iso-b');
  token = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
});
afterAll(async () => t?.close());

/** Every id and key of tenant B, raw and encoded: none may appear in an answer to tenant A. */
function secretsOf(f: TenantFixture): string[] {
  const raw = [f.tenantId, f.sourceId, f.destinationId, f.syncId, f.recordId, f.deadLetterId, f.apiKeyId, f.webhookSubscriptionId, f.webhookDeliveryId, f.driftEventId, f.integrationId, ...f.runIds];
  return [...raw, ...raw.map((id) => Buffer.from(id).toString('base64url')), f.slug, `own-${f.slug}`, `ext-${f.slug}`, `bad-${f.slug}`];
}

describe('tenant isolation: tenant A (owner) calling with tenant B ids', () => {
  it('covers every root operation of the schema', () => {
    const schema = buildSchema(readTypeDefs());
    const all = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    const covered = [...crossTenantOperations.map((op) => op.field), ...operationsWithoutIds.map((op) => op.field)];
    expect(all.filter((field) => !covered.includes(field)), 'add these to testing/cross-tenant-operations.ts').toEqual([]);
  });

  it.each(crossTenantOperations.map((op) => [op.name, op] as const))('%s: NOT_FOUND, never data', async (_name, op) => {
    const variables = op.variables(b, a);
    const res = await t.graphql(op.query, variables, { token });
    expect(res.body.errors?.map((e) => e.extensions?.code), JSON.stringify(res.body)).toEqual(['NOT_FOUND']);
    expect(res.body.data?.[op.field] ?? null).toBeNull();
    // the answer may echo what the caller sent, nothing else of B's
    const text = JSON.stringify(res.body);
    const sent = JSON.stringify(variables);
    for (const secret of secretsOf(b).filter((s) => !sent.includes(s))) expect(text).not.toContain(secret);
  });

  it.each(operationsWithoutIds.filter((op) => op.query).map((op) => [op.field, op] as const))('%s: shows none of tenant B', async (_name, op) => {
    const res = await t.graphql(op.query!, op.variables?.(b, a) ?? {}, { token });
    const text = JSON.stringify(res.body);
    for (const secret of secretsOf(b)) expect(text).not.toContain(secret);
  });

  it("left tenant B's data untouched", async () => {
    const key = await t.privilegedDb.apiKey.findUniqueOrThrow({ where: { id: b.apiKeyId } });
    expect(key.revokedAt).toBeNull();
    expect(await t.privilegedDb.membership.count({ where: { tenantId: b.tenantId } })).toBe(3);
    const connection = await t.privilegedDb.connection.findUniqueOrThrow({ where: { id: b.sourceId } });
    expect(connection.status).toBe('active');
    const deadLetter = await t.privilegedDb.deadLetter.findUniqueOrThrow({ where: { id: b.deadLetterId } });
    expect(deadLetter.status).toBe('open');
    const sync = await t.privilegedDb.syncConfig.findUniqueOrThrow({ where: { id: b.syncId } });
    expect(sync.status).toBe('active');
    expect(await t.privilegedDb.syncRun.count({ where: { tenantId: b.tenantId } })).toBe(b.runIds.length);
  });

  it('node(id) answers NOT_FOUND for every type of tenant B', async () => {
    const ids = [
      encodeId('Tenant', b.tenantId), encodeId('Member', b.memberIds.owner), encodeId('User', b.users.owner), encodeId('ApiKey', b.apiKeyId),
      encodeId('Integration', b.integrationId), encodeId('Connection', b.sourceId), encodeId('Sync', b.syncId), encodeId('Run', b.runIds[0]!),
      encodeId('CanonicalRecord', b.recordId), encodeId('DeadLetter', b.deadLetterId), encodeId('WebhookSubscription', b.webhookSubscriptionId),
      encodeId('WebhookDelivery', b.webhookDeliveryId), encodeId('DriftEvent', b.driftEventId),
    ];
    for (const id of ids) {
      const res = await t.graphql('query($id: ID!) { node(id: $id) { id } }', { id }, { token });
      expect(res.body.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
      expect(res.body.data?.node).toBeNull();
    }
  });
});

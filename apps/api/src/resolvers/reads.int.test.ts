import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let token: string;

beforeAll(async () => {
  t = await startTestApi('apireads');
  a = await seedTenantFixture(t.privilegedDb, 'reads-a', { runs: 7 });
  token = await t.sessionToken({ userId: a.users.viewer, tenantId: a.tenantId, role: 'viewer', staff: false });
});
afterAll(async () => t?.close());

async function read(query: string, variables: Record<string, unknown> = {}) {
  const res = await t.graphql(query, variables, { token });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as Record<string, never>;
}

describe('reads (as a viewer)', () => {
  it('pages through runs with Relay cursors, forwards and backwards, filtered by sync, status and time', async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String, $filter: RunFilter) {
      runs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        edges { cursor node { id status queuedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const page1 = (await read(q, { first: 3 })).runs as { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(page1.edges.map((e) => e.node.id)).toEqual(a.runIds.slice(0, 3).map((id) => encodeId('Run', id)));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page3 = (await read(q, { first: 3, after: (((await read(q, { first: 3, after: page1.pageInfo.endCursor })).runs as typeof page1).pageInfo.endCursor) })).runs as typeof page1;
    expect(page3.edges.map((e) => e.node.id)).toEqual(a.runIds.slice(6).map((id) => encodeId('Run', id)));
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const back = (await read(q, { last: 2, before: page3.edges[0]!.cursor })).runs as typeof page1;
    expect(back.edges.map((e) => e.node.id)).toEqual(a.runIds.slice(4, 6).map((id) => encodeId('Run', id)));
    const failed = (await read(q, { first: 10, filter: { status: ['FAILED'], syncId: encodeId('Sync', a.syncId) } })).runs as typeof page1;
    expect(failed.edges.length).toBe(2);
    const window = (await read(q, { first: 10, filter: { queuedAfter: '2026-11-01T00:02:00Z', queuedBefore: '2026-11-01T00:04:00Z' } })).runs as typeof page1;
    expect(window.edges.length).toBe(2);
  });

  it('shows run detail: counts, deliveries, checksums, reconciliation, failures, sync', async () => {
    const data = await read(
      `query($id: ID!) { run(id: $id) { id status trigger mode durationMs counts { read created updated unchanged failed deleted }
        deliveries { destinationId pushed checksum destination { name } } sourceChecksum reconciliation { ok checks { name ok expected actual } }
        failures(first: 5) { nodes { id stage error { code message path } payload } } sync { name source { name integration { key authType } } destinations { name } mapping { version spec } } } }`,
      { id: encodeId('Run', a.runIds[0]!) },
    );
    expect(data.run).toMatchObject({
      status: 'SUCCEEDED',
      trigger: 'MANUAL',
      durationMs: 4000,
      counts: { read: 10, created: 7, updated: 0, unchanged: 2, failed: 1, deleted: 0 },
      deliveries: [{ destinationId: encodeId('Connection', a.destinationId), pushed: 9, checksum: '123', destination: { name: 'Warehouse reads-a' } }],
      sourceChecksum: '98765',
      reconciliation: { ok: true, checks: [{ ok: true, expected: '10', actual: '10' }] },
      failures: { nodes: [{ id: encodeId('DeadLetter', a.deadLetterId), stage: 'VALIDATE', error: { code: 'invalid_email', path: 'properties.email' }, payload: { email: 'not-an-email' } }] },
      sync: { name: 'Contacts reads-a', source: { name: 'CRM reads-a', integration: { key: 'own-reads-a', authType: 'OAUTH2' } }, destinations: [{ name: 'Warehouse reads-a' }], mapping: { version: 1 } },
    });
  });

  it('finds a record by id and by source external id, with lineage per version', async () => {
    const lineage = `lineage { version sources { externalId sourceHash mappingVersion connection { name } run { id } sync { name } } deliveries { idempotencyKey destination { name } } }`;
    const byId = await read(`query($id: ID!) { record(id: $id) { id model identity version data ${lineage} } }`, { id: encodeId('CanonicalRecord', a.recordId) });
    expect(byId.record).toMatchObject({ model: 'contact', version: 2, data: { email: 'ada@reads-a.test' } });
    const versions = (byId.record as { lineage: { version: number; sources: { sourceHash: string }[] }[] }).lineage;
    expect(versions.map((v) => [v.version, v.sources[0]!.sourceHash])).toEqual([[2, 's2'], [1, 's1']]);
    const bySource = await read(`query($c: ID!) { recordBySource(connectionId: $c, externalId: "ext-reads-a") { id } }`, { c: encodeId('Connection', a.sourceId) });
    expect(bySource.recordBySource).toEqual({ id: encodeId('CanonicalRecord', a.recordId) });
    const list = await read('{ records(first: 10, filter: { model: "contact" }) { nodes { identity } } }');
    expect(list.records).toEqual({ nodes: [{ identity: 'ada@reads-a.test' }] });
  });

  it('lists and shows dead letters with payload and error', async () => {
    const list = await read('{ deadLetters(first: 10, filter: { stage: [VALIDATE] }) { nodes { id status externalId run { id } sync { name } connection { name } } } }');
    expect(list.deadLetters).toMatchObject({ nodes: [{ id: encodeId('DeadLetter', a.deadLetterId), status: 'OPEN', externalId: 'bad-reads-a' }] });
    const none = await read('{ deadLetters(first: 10, filter: { status: [DISCARDED] }) { nodes { id } } }');
    expect(none.deadLetters).toEqual({ nodes: [] });
    const one = await read('query($id: ID!) { deadLetter(id: $id) { payload error { message } attempts } }', { id: encodeId('DeadLetter', a.deadLetterId) });
    expect(one.deadLetter).toEqual({ payload: { email: 'not-an-email' }, error: { message: 'email is not valid' }, attempts: 1 });
  });

  it('lists syncs, connections, members, the catalogue, webhooks and drift; fetches any object by node(id)', async () => {
    const data = await read(`{
      syncs(first: 5) { nodes { name status mode driftPolicy runs(first: 2) { nodes { id } } mappingHistory { version } } }
      connections(first: 5) { nodes { name status settings } }
      members(first: 5) { nodes { role user { email } } }
      integrations { key custom }
      webhookSubscriptions(first: 5) { nodes { url events active deliveries(first: 5) { nodes { eventType status attempts } } } }
      driftEvents(first: 5) { nodes { stream status changes connection { name } sync { name } } }
      tenant { slug name }
    }`);
    expect(data.syncs).toMatchObject({ nodes: [{ name: 'Contacts reads-a', status: 'ACTIVE', mode: 'INCREMENTAL', driftPolicy: 'ALERT', mappingHistory: [{ version: 1 }] }] });
    expect((data.connections as { nodes: unknown[] }).nodes).toHaveLength(2);
    expect((data.members as { nodes: { role: string }[] }).nodes.map((m) => m.role).sort()).toEqual(['ADMIN', 'OWNER', 'VIEWER']);
    expect(data.integrations).toEqual([{ key: 'own-reads-a', custom: true }]);
    expect(data.webhookSubscriptions).toMatchObject({ nodes: [{ events: ['sync.run.failed'], deliveries: { nodes: [{ eventType: 'sync.run.failed', status: 'pending', attempts: 0 }] } }] });
    expect(data.driftEvents).toMatchObject({ nodes: [{ stream: 'contacts', status: 'OPEN', connection: { name: 'CRM reads-a' }, sync: { name: 'Contacts reads-a' } }] });
    expect(data.tenant).toEqual({ slug: 'reads-a', name: 'Tenant reads-a' });
    const node = await read('query($id: ID!) { node(id: $id) { id ... on Sync { name } } }', { id: encodeId('Sync', a.syncId) });
    expect(node.node).toEqual({ id: encodeId('Sync', a.syncId), name: 'Contacts reads-a' });
  });
});

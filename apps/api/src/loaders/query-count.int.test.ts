import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingClient, startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let counting: ReturnType<typeof createCountingClient>;
let token: string;

beforeAll(async () => {
  t = await startTestApi('apiquerycount', {
    overrides: (appUrl) => {
      counting = createCountingClient(appUrl);
      return { db: counting.db, release: counting.release };
    },
  });
  a = await seedTenantFixture(t.privilegedDb, 'count-a', { runs: 120 });
  token = await t.sessionToken({ userId: a.users.viewer, tenantId: a.tenantId, role: 'viewer', staff: false });
});
afterAll(async () => t?.close());

const runsPage = `query($n: Int!) { runs(first: $n) { edges { cursor node {
  id status queuedAt counts { read created failed } deliveries { pushed destination { name } }
  sync { name status source { name integration { label authType } } destinations { name } mapping { version } }
} } pageInfo { hasNextPage endCursor } } }`;

async function measure(n: number): Promise<{ data: string[]; all: string[] }> {
  counting.reset();
  const res = await t.graphql(runsPage, { n }, { token });
  expect(res.body.errors).toBeUndefined();
  expect((res.body.data as { runs: { edges: unknown[] } }).runs.edges).toHaveLength(n);
  const all = counting.statements();
  const data = all.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim()) && !sql.includes('set_config'));
  return { data, all };
}

describe('DataLoader batching', () => {
  it('serves a 100-run page with its syncs, connections, integrations, destinations and mappings in a handful of SQL queries', async () => {
    const hundred = await measure(100);
    console.log(`runs page of 100: ${hundred.data.length} data queries, ${hundred.all.length} statements in all`);
    // runs page, syncs, source connections, destinations, mapping versions, integrations (+ destination connections)
    expect(hundred.data.length).toBeLessThanOrEqual(8);
    expect(hundred.all.length).toBeLessThanOrEqual(8 * 4);
    const ten = await measure(10);
    expect(hundred.data.length).toBe(ten.data.length);
  });
});

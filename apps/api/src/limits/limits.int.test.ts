import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let token: string;

beforeAll(async () => {
  t = await startTestApi('apilimits');
  a = await seedTenantFixture(t.privilegedDb, 'limits-a');
  token = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
});
afterAll(async () => t?.close());

const codeOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.[0]?.extensions?.code;

describe('query limits (checked before anything runs, HTTP 400)', () => {
  it('reports the computed cost of every answer in extensions.cost', async () => {
    const res = await t.graphql('{ runs(first: 100) { nodes { id sync { name } } } }', {}, { token });
    expect(res.status).toBe(200);
    expect(res.body.extensions?.cost).toEqual({ requested: 1 + 100 * (1 + 1), maximum: 5000 });
    const withVariables = await t.graphql('query($n: Int) { runs(first: $n) { nodes { id sync { name } } } }', { n: 10 }, { token });
    expect(withVariables.body.extensions?.cost).toEqual({ requested: 21, maximum: 5000 });
  });

  it('refuses a query over the cost limit, saying its cost', async () => {
    const res = await t.graphql('{ syncs(first: 100) { nodes { runs(first: 100) { nodes { sync { name } failures(first: 10) { nodes { id } } } } } } }', {}, { token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('QUERY_TOO_COSTLY');
    expect(res.body.errors?.[0]?.extensions?.cost).toMatchObject({ maximum: 5000 });
    expect((res.body.errors?.[0]?.extensions?.cost as { requested: number }).requested).toBeGreaterThan(5000);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a query deeper than 12 levels', async () => {
    // runs > nodes > sync > runs > nodes > sync ... : 3 levels a round
    const nest = (rounds: number): string => (rounds === 0 ? 'name' : `runs(first: 1) { nodes { sync { ${nest(rounds - 1)} } } }`);
    const atLimit = await t.graphql(`{ sync(id: "x") { ${nest(3)} } }`, {}, { token });
    expect(atLimit.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const res = await t.graphql(`{ sync(id: "x") { ${nest(4)} } }`, {}, { token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses more than 30 aliases (fragments expanded)', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: tenant { slug }`).join(' ');
    expect(codeOf(await t.graphql(`{ ${fields} }`, {}, { token }))).toBe('TOO_MANY_ALIASES');
    const viaFragment = `{ ...F ...F } fragment F on Query { ${Array.from({ length: 16 }, (_, i) => `b${i}: tenant { slug }`).join(' ')} }`;
    expect(codeOf(await t.graphql(viaFragment, {}, { token }))).toBe('TOO_MANY_ALIASES');
  });

  it('requires exactly one of first/last, at most 100, on every connection', async () => {
    for (const query of ['{ runs { nodes { id } } }', '{ runs(first: 101) { nodes { id } } }', '{ runs(first: 1, last: 1) { nodes { id } } }', '{ runs(first: -1) { nodes { id } } }', '{ syncs(first: 1) { nodes { runs { nodes { id } } } } }']) {
      const res = await t.graphql(query, {}, { token });
      expect(res.status, query).toBe(400);
      expect(codeOf(res), query).toBe('PAGINATION_INVALID');
    }
    const viaVariable = await t.graphql('query($n: Int) { runs(first: $n) { nodes { id } } }', { n: 500 }, { token });
    expect(codeOf(viaVariable)).toBe('PAGINATION_INVALID');
    const ok = await t.graphql('{ runs(last: 100) { nodes { id } } }', {}, { token });
    expect(ok.body.errors).toBeUndefined();
  });

  it('lets the full introspection query through (partners need the schema)', async () => {
    const res = await t.graphql(getIntrospectionQuery({ descriptions: true }));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });
});

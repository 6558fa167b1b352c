import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let token: string;

beforeAll(async () => {
  t = await startTestApi('apihttp');
  a = await seedTenantFixture(t.privilegedDb, 'http-a');
  token = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
});
afterAll(async () => t?.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
}

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json when asked, application/json otherwise', async () => {
    const modern = await post({ query: '{ tenant { slug } }' }, { accept: 'application/graphql-response+json' });
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const legacy = await post({ query: '{ tenant { slug } }' }, { accept: 'application/json' });
    expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await legacy.json()).toMatchObject({ data: { tenant: { slug: 'http-a' } } });
  });

  it('answers 400 for unparsable and invalid documents, 200 with errors for field errors', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const parse = await post({ query: '{ tenant { ' }, accept);
    expect(parse.status).toBe(400);
    expect((await parse.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await post({ query: '{ nope }' }, accept);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const notFound = await post({ query: '{ run(id: "UnVuOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA") { id } }' }, accept);
    expect(notFound.status).toBe(200);
    expect((await notFound.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const badVariable = await post({ query: 'query($n: Int!) { runs(first: $n) { nodes { id } } }', variables: { n: 'x' } }, accept);
    expect(badVariable.status).toBe(400);
  });

  it('never runs a mutation over GET (405), but runs queries', async () => {
    const query = encodeURIComponent('mutation { createApiKey(input: { name: "via get", scopes: [READ] }) { secret } }');
    const res = await fetch(`${t.api.url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await t.privilegedDb.apiKey.count({ where: { name: 'via get' } })).toBe(0);
    const get = await fetch(`${t.api.url}/graphql?query=${encodeURIComponent('{ tenant { slug } }')}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
  });

  it('hides internals: no stack traces or SQL outside development', async () => {
    // a NUL byte makes Postgres fail the query: an unexpected error, with SQL in its message
    const res = await post({ query: 'query($c: ID!) { recordBySource(connectionId: $c, externalId: "a\\u0000b") { id } }', variables: { c: Buffer.from(`Connection:${a.sourceId}`).toString('base64url') } });
    const body = await res.json();
    expect(body.errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 18 }], path: ['recordBySource'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const bad = await post({ query: '{ runs(first: 1, after: "not-a-cursor") { nodes { id } } }' });
    const badBody = await bad.json();
    expect(badBody.errors[0].extensions.code).toBe('PAGINATION_INVALID');
    expect(JSON.stringify(badBody)).not.toMatch(/stacktrace|\.ts:\d+|SELECT|prisma/i);
  });
});

describe('in production', () => {
  it('keeps introspection on but gives no field suggestions', async () => {
    const prod = await startTestApi('apiprod', { env: { NODE_ENV: 'production' } });
    try {
      const typo = await prod.graphql('{ helth { ok } }');
      expect(typo.status).toBe(400);
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const dev = await t.graphql('{ helth { ok } }');
      expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean "health"/);
      const introspection = await prod.graphql('{ __schema { queryType { name } } }');
      expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await prod.close();
    }
  });
});

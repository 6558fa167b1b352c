import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../engine/connector-error';
import { collectStream, listNormalized } from '../rest-declarative/collect-stream';
import { connector } from './graphql.connector';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

interface GraphqlBody {
  query: string;
  variables: Record<string, unknown>;
}

const accountsQuery = `query Accounts($first: Int!, $after: String) {
  viewer { accounts(first: $first, after: $after) { edges { cursor node { id displayName website sector { name } headcount revenue hq { city countryCode } insertedAt modifiedAt tier } } pageInfo { hasNextPage endCursor } } }
}`;
const peopleQuery = `query People($size: Int!, $cursor: String, $changedSince: DateTime) {
  people(size: $size, cursor: $cursor, changedSince: $changedSince) { nodes { uid mail updated } pageInfo { hasNextPage endCursor } }
}`;

describe('graphql source', () => {
  let server: Server;
  let endpoint = '';
  let accountsPage: unknown;
  const bodies: GraphqlBody[] = [];
  const people = Array.from({ length: 5 }, (_, i) => ({ uid: `p${i}`, mail: `p${i}@example.com`, updated: `2026-03-0${i + 1}T00:00:00.000Z` }));

  function answer(body: GraphqlBody): unknown {
    if (body.query.includes('accounts(')) return accountsPage;
    if (body.query.includes('people(')) {
      const since = body.variables.changedSince;
      const matching = people.filter((p) => typeof since !== 'string' || p.updated > since);
      const start = typeof body.variables.cursor === 'string' ? Number(body.variables.cursor) : 0;
      const size = Number(body.variables.size);
      const nodes = matching.slice(start, start + size);
      const end = start + nodes.length;
      return { data: { people: { nodes, pageInfo: { hasNextPage: end < matching.length, endCursor: String(end) } } } };
    }
    return { data: null, errors: [{ message: 'Cannot query field "nope" on type "Query"' }] };
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const authorized = req.headers.authorization === 'Bearer gql-token';
      const body = JSON.parse(text) as GraphqlBody;
      bodies.push(body);
      res.writeHead(authorized ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(authorized ? answer(body) : { errors: [{ message: 'unauthenticated' }] }));
    });
  }

  const settings = (query = peopleQuery) => ({
    endpoint,
    auth: { type: 'bearer' },
    streams: [
      {
        name: 'accounts',
        model: 'company',
        query: accountsQuery,
        connectionPath: 'viewer.accounts',
        pageSize: 50,
        fieldMap: {
          name: 'displayName',
          domain: 'website',
          industry: 'sector.name',
          employeeCount: 'headcount',
          annualRevenue: 'revenue',
          city: 'hq.city',
          country: 'hq.countryCode',
          sourceCreatedAt: 'insertedAt',
          sourceUpdatedAt: 'modifiedAt',
        },
      },
      {
        name: 'people',
        model: 'contact',
        query,
        variables: { includeArchived: false },
        connectionPath: 'people',
        pageSize: 2,
        pageSizeVariable: 'size',
        afterVariable: 'cursor',
        incremental: { variable: 'changedSince', field: 'updated' },
        idField: 'uid',
        fieldMap: { email: 'mail', sourceUpdatedAt: 'updated' },
        customFields: 'none',
      },
    ],
  });
  const credentials = { type: 'apiKey' as const, apiKey: 'gql-token' };

  beforeAll(async () => {
    accountsPage = JSON.parse(await readFile(fixture('accounts-page.response.json'), 'utf8'));
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('normalizes an edges page like the golden fixture', async () => {
    bodies.length = 0;
    const pages = await collectStream({ connector, settings: settings(), credentials, stream: 'accounts' });
    const golden = JSON.parse(await readFile(fixture('accounts-page.normalized.json'), 'utf8')) as unknown;
    expect(listNormalized(pages)).toEqual(golden);
    expect(bodies).toEqual([{ query: accountsQuery, variables: { first: 50, after: null } }]);
  });

  it('walks a nodes connection by endCursor with custom variable names', async () => {
    bodies.length = 0;
    const pages = await collectStream({ connector, settings: settings(), credentials, stream: 'people' });
    expect(listNormalized(pages).map((r) => r.externalId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(bodies.map((b) => b.variables)).toEqual([
      { includeArchived: false, size: 2, cursor: null },
      { includeArchived: false, size: 2, cursor: '2' },
      { includeArchived: false, size: 2, cursor: '4' },
    ]);
    expect(pages.at(-1)?.cursor).toEqual({ since: '2026-03-05T00:00:00.000Z' });
  });

  it('passes the high-water mark as a variable on incremental reads', async () => {
    bodies.length = 0;
    const pages = await collectStream({
      connector,
      settings: settings(),
      credentials,
      stream: 'people',
      incremental: true,
      cursor: { since: '2026-03-03T00:00:00.000Z' },
    });
    expect(bodies[0]?.variables).toEqual({ includeArchived: false, size: 2, cursor: null, changedSince: '2026-03-03T00:00:00.000Z' });
    expect(listNormalized(pages).map((r) => r.externalId)).toEqual(['p3', 'p4']);
  });

  it('surfaces GraphQL errors as a bad_request ConnectorError', async () => {
    const broken = settings(`query($size: Int!, $cursor: String, $changedSince: DateTime) { nope }`);
    const read = collectStream({ connector, settings: broken, credentials, stream: 'people' });
    await expect(read).rejects.toBeInstanceOf(ConnectorError);
    await expect(read).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('Cannot query field') });
  });

  it('refuses a query that does not declare the paging variables', () => {
    const parsed = connector.settings.safeParse(settings('query { people { nodes { uid } } }'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain('the query must declare $size');
  });
});

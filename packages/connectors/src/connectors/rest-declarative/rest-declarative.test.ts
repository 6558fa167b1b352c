import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../engine/connector-error';
import { collectStream, listFailures, listNormalized } from './collect-stream';
import { connector } from './rest-declarative.connector';

type ProviderContact = { id?: number; updated_at: string } & Record<string, unknown>;

const readField = (record: object, name: string): unknown => (record as Record<string, unknown>)[name];
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const credentials = { type: 'apiKey' as const, apiKey: 'secret-key' };

describe('rest-declarative source', () => {
  let server: Server;
  let baseUrl = '';
  let contacts: ProviderContact[] = [];
  const seen: string[] = [];

  const companies = Array.from({ length: 5 }, (_, i) => ({ key: `co-${i}`, title: `Company ${i}`, modified: Date.UTC(2026, 0, 1 + i), staff: String(10 * i) }));
  const deals = [
    { uid: 'd1', label: 'Deal one', value: '1000.50', cur: 'eur' },
    { uid: 'd2', label: 'Deal two', value: 2000, cur: 'USD' },
    { uid: 'd3', label: 'Deal three', value: null, cur: null },
  ];

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', baseUrl);
    seen.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers['x-api-key'] !== 'secret-key') return send(401, { message: 'bad key' });
    if (url.pathname === '/v1/contacts') {
      const since = url.searchParams.get('updated_since');
      const after = Number(url.searchParams.get('after') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const matching = contacts.filter((c) => !since || Date.parse(c.updated_at) > Date.parse(since));
      const start = after;
      const page = matching.slice(start, start + limit);
      const next = start + limit < matching.length ? { after: String(start + limit) } : undefined;
      return send(200, { data: { results: page }, paging: next ? { next } : {} });
    }
    if (url.pathname === '/v1/companies') {
      const offset = Number(url.searchParams.get('offset'));
      const count = Number(url.searchParams.get('count'));
      const after = Number(url.searchParams.get('modified_after') ?? 0);
      return send(200, companies.filter((c) => c.modified > after).slice(offset, offset + count));
    }
    if (url.pathname === '/v1/deals') {
      const page = Number(url.searchParams.get('page') ?? 0);
      const link: Record<string, string> = page < deals.length - 1 ? { link: `<${baseUrl}/v1/deals?page=${page + 1}>; rel="next"` } : {};
      return send(200, { items: [deals[page]] }, link);
    }
    send(404, { message: 'no route' });
  }

  const settings = () => ({
    baseUrl: `${baseUrl}/`,
    auth: { type: 'apiKey', header: 'X-Api-Key' },
    streams: [
      {
        name: 'contacts',
        model: 'contact',
        path: '/v1/contacts',
        itemsPath: 'data.results',
        paginator: { type: 'cursor', param: 'after', nextPath: 'paging.next.after' },
        pageSize: 2,
        pageSizeParam: 'limit',
        incremental: { param: 'updated_since', field: 'updated_at', format: 'iso' },
        idField: 'id',
        deletedField: 'archived',
        fieldMap: {
          email: 'properties.email',
          firstName: 'properties.first_name',
          lastName: 'properties.last_name',
          companyName: 'properties.company',
          phone: 'phone',
          jobTitle: 'title',
          lifecycleStage: 'stage',
          sourceCreatedAt: 'created_at',
          sourceUpdatedAt: 'updated_at',
        },
      },
      {
        name: 'companies',
        model: 'company',
        path: '/v1/companies',
        paginator: { type: 'offset', offsetParam: 'offset', limitParam: 'count' },
        pageSize: 2,
        incremental: { param: 'modified_after', field: 'modified', format: 'epoch_ms' },
        idField: 'key',
        fieldMap: { name: 'title', employeeCount: 'staff', sourceUpdatedAt: 'modified' },
        customFields: 'none',
      },
      {
        name: 'deals',
        model: 'deal',
        path: '/v1/deals',
        itemsPath: 'items',
        paginator: { type: 'link' },
        idField: 'uid',
        fieldMap: { name: 'label', amount: 'value', currency: 'cur' },
      },
    ],
  });

  beforeAll(async () => {
    contacts = JSON.parse(await readFile(fixture('contacts.provider.json'), 'utf8')) as ProviderContact[];
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a cursor-paged stream and normalizes it like the golden fixture', async () => {
    seen.length = 0;
    const pages = await collectStream({ connector, settings: settings(), credentials, stream: 'contacts' });
    expect(pages.map((p) => [p.rawCount, p.done])).toEqual([
      [2, false],
      [2, false],
      [1, true],
    ]);
    expect(pages[0]?.cursor).toEqual({ position: '2', mode: 'full', pendingSince: '2026-02-02T09:00:00.000Z' });
    const golden = JSON.parse(await readFile(fixture('contacts.normalized.json'), 'utf8')) as unknown;
    expect(listNormalized(pages)).toEqual(golden);
    expect(seen).toEqual(['GET /v1/contacts?limit=2', 'GET /v1/contacts?limit=2&after=2', 'GET /v1/contacts?limit=2&after=4']);
    // the high-water mark covers every record whose raw shape was valid, mapped or not
    expect(pages.at(-1)?.cursor).toEqual({ since: '2026-02-05T09:00:00.000Z' });
  });

  it('turns a record without id and a record with a bad email into per-record failures', async () => {
    const failures = listFailures(await collectStream({ connector, settings: settings(), credentials, stream: 'contacts' }));
    expect(failures.map((f) => [f.externalId, f.error.code, f.error.path])).toEqual([
      [undefined, 'validation', ['id']],
      ['105', 'mapping', ['email']],
    ]);
  });

  it('reads incrementally from the saved high-water mark and resumes an interrupted read', async () => {
    seen.length = 0;
    const pages = await collectStream({ connector, settings: settings(), credentials, stream: 'contacts', incremental: true, cursor: { since: '2026-02-02T09:00:00.000Z' } });
    expect(seen[0]).toBe('GET /v1/contacts?limit=2&updated_since=2026-02-02T09%3A00%3A00.000Z');
    expect(pages.flatMap((p) => p.records.map((r) => r.externalId))).toEqual(['103', undefined, '105']);

    seen.length = 0;
    const resumed = await collectStream({ connector, settings: settings(), credentials, stream: 'contacts', cursor: { position: '4', mode: 'full' } });
    expect(seen).toEqual(['GET /v1/contacts?limit=2&after=4']);
    expect(resumed.flatMap((p) => p.records.map((r) => r.externalId))).toEqual(['105']);
  });

  it('pages by offset with an epoch-milliseconds incremental filter', async () => {
    const full = await collectStream({ connector, settings: settings(), credentials, stream: 'companies' });
    expect(listNormalized(full).map((r) => [r.externalId, r.record])).toContainEqual([
      'co-2',
      expect.objectContaining({ name: 'Company 2', employeeCount: 20, sourceUpdatedAt: '2026-01-03T00:00:00.000Z', custom: {} }),
    ]);
    expect(full.at(-1)?.cursor).toEqual({ since: String(Date.UTC(2026, 0, 5)) });
    seen.length = 0;
    const since = String(Date.UTC(2026, 0, 3));
    const changed = await collectStream({ connector, settings: settings(), credentials, stream: 'companies', incremental: true, cursor: { since } });
    expect(seen[0]).toBe(`GET /v1/companies?modified_after=${since}&count=2&offset=0`);
    expect(listNormalized(changed).map((r) => r.externalId)).toEqual(['co-3', 'co-4']);
  });

  it('follows Link headers', async () => {
    const pages = await collectStream({ connector, settings: settings(), credentials, stream: 'deals' });
    expect(listNormalized(pages).map((r) => [r.externalId, readField(r.record, 'name'), readField(r.record, 'amount')])).toEqual([
      ['d1', 'Deal one', 1000.5],
      ['d2', 'Deal two', 2000],
      ['d3', 'Deal three', null],
    ]);
    expect(listFailures(pages)).toEqual([]);
  });

  it('fails the read as needs_reauth when the provider refuses the key', async () => {
    const read = collectStream({ connector, settings: settings(), credentials: { type: 'apiKey', apiKey: 'wrong' }, stream: 'contacts' });
    await expect(read).rejects.toBeInstanceOf(ConnectorError);
    await expect(read).rejects.toMatchObject({ code: 'needs_reauth' });
  });

  it('rejects settings whose field map names unknown canonical fields', () => {
    const bad = settings();
    const parsed = connector.settings.safeParse({ ...bad, streams: [{ ...bad.streams[0], fieldMap: { emial: 'x' } }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['streams', 0, 'fieldMap', 'emial']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Company } from '../canonical/index';
import type { Page, StreamCursor, StreamFetchContext, StreamPage } from '../contract';
import { defineConnector, defineStream } from '../define';
import { readStream } from './read-stream';
import { sendJson, startTestProvider, type TestProvider } from './testing/test-provider';

const rowSchema = z.object({ id: z.number(), name: z.string(), updated: z.string() });
type Row = z.infer<typeof rowSchema>;
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, name: `Org ${i + 1}`, updated: String(1000 + i) }));

function toCompany(row: Row): Company {
  return { name: row.name, domain: null, industry: null, phone: null, city: null, country: null, employeeCount: null, annualRevenue: null, sourceCreatedAt: null, sourceUpdatedAt: null, custom: {} };
}

const seenContexts: StreamFetchContext<unknown>[] = [];

/** A custom fetch: pages of 10 rows from memory, position = next row index, rows after `since` when incremental. */
async function* fetchRows(ctx: StreamFetchContext<unknown>): AsyncGenerator<Page<unknown>> {
  seenContexts.push(ctx);
  const source = ctx.since === undefined ? rows : rows.filter((row) => Number(row.updated) > Number(ctx.since));
  for (let start = Number(ctx.cursor?.position ?? 0); start < source.length; start += ctx.pageSize) {
    const end = start + ctx.pageSize;
    yield { records: source.slice(start, end), cursor: end < source.length ? { position: String(end) } : undefined };
  }
}

const settings = z.object({ baseUrl: z.url().optional() });
const common = { model: 'company' as const, pageSize: 10, raw: rowSchema, externalId: (row: Row) => String(row.id), normalize: toCompany, incremental: { value: (row: Row) => row.updated } };

const connector = defineConnector({
  id: 'sources-test',
  label: 'Sources (test)',
  category: 'api',
  auth: { type: 'none' },
  settings,
  baseUrl: (s) => s.baseUrl ?? 'http://127.0.0.1:1',
  streams: [
    defineStream({ ...common, name: 'custom', fetch: fetchRows }),
    defineStream({ ...common, name: 'linked', request: () => ({ url: '/rows' }), paginator: { type: 'link' } }),
    defineStream({ ...common, name: 'skipped', request: () => ({ url: '/rows' }), paginator: { type: 'offset', offsetParam: 'skip', limitParam: 'take' } }),
  ],
});

async function collect(stream: string, extra: { cursor?: StreamCursor; incremental?: boolean; baseUrl?: string } = {}): Promise<StreamPage[]> {
  const pages: StreamPage[] = [];
  const options = { connector, stream, settings: { baseUrl: extra.baseUrl }, credentials: { type: 'none' as const }, cursor: extra.cursor, incremental: extra.incremental };
  for await (const page of readStream(options)) pages.push(page);
  return pages;
}

const idsOf = (pages: StreamPage[]) => pages.flatMap((p) => p.records.map((r) => (r.ok ? r.externalId : 'failed')));

let provider: TestProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

describe('readStream with a custom fetch', () => {
  it('passes the cursor through, promotes the high-water mark, and hands `since` to incremental reads', async () => {
    const pages = await collect('custom');
    expect(idsOf(pages)).toEqual(rows.map((row) => String(row.id)));
    expect(pages.map((p) => p.cursor)).toEqual([
      { position: '10', mode: 'full', pendingSince: '1009' },
      { position: '20', mode: 'full', pendingSince: '1019' },
      { since: '1022' },
    ]);
    const resumed = await collect('custom', { cursor: pages[0]?.cursor });
    expect(idsOf(resumed)).toEqual(rows.slice(10).map((row) => String(row.id)));
    const incremental = await collect('custom', { cursor: { since: '1015' }, incremental: true });
    expect(seenContexts.at(-1)).toMatchObject({ since: '1015', incremental: true });
    expect(idsOf(incremental)).toEqual(rows.slice(16).map((row) => String(row.id)));
    expect(incremental.at(-1)?.cursor).toEqual({ since: '1022' });
  });
});

describe('readStream with declarative paginators', () => {
  it('follows Link rel="next" headers to the end', async () => {
    provider = await startTestProvider((req, res) => {
      const page = Number(req.url.searchParams.get('page') ?? 0);
      const next: Record<string, string> = (page + 1) * 10 < rows.length ? { link: `<${provider!.url}/rows?page=${page + 1}>; rel="next"` } : {};
      sendJson(res, 200, rows.slice(page * 10, page * 10 + 10), next);
    });
    const pages = await collect('linked', { baseUrl: provider.url });
    expect(idsOf(pages)).toEqual(rows.map((row) => String(row.id)));
    expect(pages[0]?.cursor?.position).toBe(`${provider.url}/rows?page=1`);
  });

  it('pages by offset until a short page', async () => {
    provider = await startTestProvider((req, res) => {
      const skip = Number(req.url.searchParams.get('skip'));
      sendJson(res, 200, rows.slice(skip, skip + Number(req.url.searchParams.get('take'))));
    });
    const pages = await collect('skipped', { baseUrl: provider.url });
    expect(idsOf(pages)).toEqual(rows.map((row) => String(row.id)));
    expect(provider.requests.map((r) => r.url.searchParams.get('skip'))).toEqual(['0', '10', '20']);
  });
});

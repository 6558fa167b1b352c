import { afterEach, describe, expect, it } from 'vitest';
import type { StreamCursor, StreamPage } from '../contract';
import { ConnectorError } from './connector-error';
import { readStream, type ReadStreamOptions } from './read-stream';
import { itemConnector, startItemProvider, type ItemProvider } from './testing/item-provider';
import { sendJson, startTestProvider } from './testing/test-provider';

let provider: ItemProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

function optionsFor(server: ItemProvider, extra: Partial<ReadStreamOptions> = {}): ReadStreamOptions {
  return {
    connector: itemConnector,
    stream: 'items',
    settings: { baseUrl: server.url },
    credentials: { type: 'apiKey', apiKey: 'key-1' },
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  };
}

async function collect(options: ReadStreamOptions): Promise<StreamPage[]> {
  const pages: StreamPage[] = [];
  for await (const page of readStream(options)) pages.push(page);
  return pages;
}

function idsOf(pages: StreamPage[]): string[] {
  return pages.flatMap((page) => page.records.map((r) => (r.ok ? r.externalId : `failed:${r.externalId ?? '?'}`)));
}

describe('readStream', () => {
  it('pages to the end: every record exactly once, done only on the last page', async () => {
    provider = await startItemProvider(95);
    const pages = await collect(optionsFor(provider));
    expect(pages).toHaveLength(10);
    expect(idsOf(pages)).toEqual(provider.items.map((item) => item.id));
    expect(pages.map((p) => p.done)).toEqual([...Array(9).fill(false), true]);
    expect(pages[0]?.cursor).toMatchObject({ position: '10', mode: 'full' });
    const first = pages[0]?.records[0];
    expect(first).toMatchObject({ ok: true, externalId: '1', record: { email: 'person.1@example.com', firstName: 'Person' }, deleted: false });
    expect(first?.ok && first.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(provider.requests[0]?.headers['x-api-key']).toBe('key-1');
  });

  it('ends a full read with the high-water mark as `since` and no position', async () => {
    provider = await startItemProvider(25);
    const pages = await collect(optionsFor(provider, { pageSize: 10 }));
    expect(pages.at(-1)?.cursor).toEqual({ since: provider.items.at(-1)?.updatedAt });
  });

  it('resumes after a saved cursor without repeating or skipping records', async () => {
    provider = await startItemProvider(57);
    const firstRun: StreamPage[] = [];
    for await (const page of readStream(optionsFor(provider))) {
      firstRun.push(page);
      if (firstRun.length === 3) break;
    }
    const saved = firstRun.at(-1)?.cursor as StreamCursor;
    expect(saved.position).toBe('30');
    const rest = await collect(optionsFor(provider, { cursor: saved }));
    expect([...idsOf(firstRun), ...idsOf(rest)]).toEqual(provider.items.map((item) => item.id));
    expect(rest.at(-1)?.cursor).toEqual({ since: provider.items.at(-1)?.updatedAt });
  });

  it('reads incrementally: only changed records, via the incremental request, and advances since', async () => {
    provider = await startItemProvider(40);
    const full = await collect(optionsFor(provider));
    const since = full.at(-1)?.cursor?.since;
    expect(since).toBe(provider.items[39]?.updatedAt);
    const changed = [...provider.touch(5, 3), ...provider.touch(30, 12)];
    const before = provider.requests.length;
    const incremental = await collect(optionsFor(provider, { cursor: full.at(-1)?.cursor, incremental: true }));
    expect(idsOf(incremental).sort()).toEqual([...changed].sort());
    expect(provider.requests.slice(before).every((r) => r.method === 'POST' && r.url.pathname === '/items/search')).toBe(true);
    expect(provider.requests.at(-1)?.json).toMatchObject({ since, after: '10' });
    const newSince = incremental.at(-1)?.cursor?.since;
    expect(newSince && newSince > (since ?? '')).toBe(true);
    expect(newSince).toBe(provider.items.find((item) => item.id === changed.at(-1))?.updatedAt);
    const nothing = await collect(optionsFor(provider, { cursor: incremental.at(-1)?.cursor, incremental: true }));
    expect(idsOf(nothing)).toEqual([]);
    expect(nothing.at(-1)?.cursor).toEqual({ since: newSince });
  });

  it('keeps the pending high-water mark across a resumed incremental read', async () => {
    provider = await startItemProvider(30);
    const full = await collect(optionsFor(provider));
    provider.touch(0, 25);
    const part: StreamPage[] = [];
    for await (const page of readStream(optionsFor(provider, { cursor: full.at(-1)?.cursor, incremental: true }))) {
      part.push(page);
      break;
    }
    expect(part[0]?.cursor).toMatchObject({ mode: 'incremental', since: full.at(-1)?.cursor?.since, pendingSince: provider.items[9]?.updatedAt });
    const rest = await collect(optionsFor(provider, { cursor: part[0]?.cursor, incremental: true }));
    expect([...idsOf(part), ...idsOf(rest)]).toEqual(provider.items.slice(0, 25).map((item) => item.id));
    expect(rest.at(-1)?.cursor).toEqual({ since: provider.items[24]?.updatedAt });
  });

  it('turns malformed records into per-record failures with the raw payload and the zod path', async () => {
    provider = await startItemProvider(20);
    provider.items[3]!.email = 4155550100;
    provider.items[7]!.email = 'not-an-email';
    provider.items[12]!.name = 'explode';
    const pages = await collect(optionsFor(provider));
    const results = pages.flatMap((page) => page.records);
    expect(results).toHaveLength(20);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatchObject({ ok: false, externalId: '4', raw: { id: '4', email: 4155550100 }, error: { code: 'validation', path: ['email'] } });
    expect(failures[1]).toMatchObject({ ok: false, externalId: '8', raw: { email: 'not-an-email' }, error: { code: 'mapping', path: ['email'] } });
    expect(failures[2]).toMatchObject({ ok: false, externalId: '13', error: { code: 'mapping', path: ['properties', 'name'] } });
    expect(pages.reduce((n, p) => n + p.rawCount, 0)).toBe(20);
  });

  it('fetches the next page while the consumer holds the current one, and no further', async () => {
    provider = await startItemProvider(50);
    const items = provider.items;
    let releasePage2: () => void = () => undefined;
    const page2Released = new Promise<void>((resolve) => (releasePage2 = resolve));
    // page 2 is answered only when the consumer lets it go (or after 3 s, so a broken engine fails instead of hanging)
    let page2Answered = false;
    const gated = await startTestProvider(async (req, res) => {
      const after = Number(req.url.searchParams.get('after') ?? 0);
      if (after === 10) {
        await Promise.race([page2Released, new Promise((resolve) => setTimeout(resolve, 3000))]);
        page2Answered = true;
      }
      const next = after + 10 < items.length ? { next: { after: String(after + 10) } } : undefined;
      sendJson(res, 200, { results: items.slice(after, after + 10), paging: next });
    });
    try {
      let page2PendingWhileHoldingPage1 = false;
      let requestsWhileHoldingPage1 = 0;
      const ids: string[] = [];
      for await (const page of readStream(optionsFor(provider, { settings: { baseUrl: gated.url } }))) {
        if (ids.length === 0) {
          await waitFor(() => gated.requests.length >= 2);
          await new Promise((resolve) => setTimeout(resolve, 50));
          requestsWhileHoldingPage1 = gated.requests.length;
          page2PendingWhileHoldingPage1 = !page2Answered;
          releasePage2();
        }
        ids.push(...page.records.map((r) => (r.ok ? r.externalId : '')));
      }
      expect(page2PendingWhileHoldingPage1).toBe(true);
      expect(requestsWhileHoldingPage1).toBe(2);
      expect(ids).toEqual(items.map((item) => item.id));
    } finally {
      releasePage2();
      await gated.close();
    }
  });

  it('stops cleanly when the consumer breaks while a prefetch is in flight', async () => {
    provider = await startItemProvider(50);
    let pages = 0;
    for await (const _page of readStream(optionsFor(provider))) {
      pages += 1;
      break;
    }
    expect(pages).toBe(1);
  });

  it('fails the read fast with needs_reauth when the key is refused', async () => {
    provider = await startItemProvider(5);
    const refused = optionsFor(provider, { credentials: { type: 'apiKey', apiKey: 'wrong' } });
    await expect(collect(refused)).rejects.toMatchObject({ code: 'needs_reauth', retryable: false, status: 401 });
    expect(provider.requests).toHaveLength(1);
  });

  it('fails with typed errors for a missing route, an unknown stream and invalid settings', async () => {
    provider = await startItemProvider(5);
    await expect(collect(optionsFor(provider, { settings: { baseUrl: `${provider.url}/nope` } }))).rejects.toMatchObject({ code: 'not_found' });
    await expect(collect(optionsFor(provider, { stream: 'missing' }))).rejects.toBeInstanceOf(ConnectorError);
    await expect(collect(optionsFor(provider, { settings: { baseUrl: 'not a url' } }))).rejects.toMatchObject({ code: 'config' });
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

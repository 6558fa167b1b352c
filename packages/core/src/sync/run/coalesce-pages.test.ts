import type { RecordResult, StreamPage } from '@tributary/connectors';
import { describe, expect, it } from 'vitest';
import { coalescePages } from './coalesce-pages';

function page(n: number, from: number, done = false): StreamPage {
  const records = Array.from({ length: n }, (_, i): RecordResult => ({ ok: true, externalId: String(from + i), raw: {}, record: {}, sourceHash: 'h', deleted: false }) as RecordResult);
  return { records, cursor: done ? { since: `s${from}` } : { position: `p${from + n}` }, rawCount: n, done };
}

async function* source(pages: StreamPage[]) {
  for (const p of pages) yield p;
}

async function collect(pages: StreamPage[], min: number) {
  const out: StreamPage[] = [];
  for await (const batch of coalescePages(source(pages), min)) out.push(batch);
  return out;
}

describe('coalescePages', () => {
  it('joins 100-record provider pages into batches of the minimum size, resuming at the last page of each', async () => {
    const pages = [page(100, 0), page(100, 100), page(100, 200), page(100, 300), page(50, 400, true)];
    const batches = await collect(pages, 200);
    expect(batches.map((b) => b.records.length)).toEqual([200, 200, 50]);
    expect(batches[0]?.cursor).toEqual({ position: 'p200' });
    expect(batches[0]?.records.map((r) => r.ok && r.externalId).slice(0, 2)).toEqual(['0', '1']);
    expect(batches[2]).toMatchObject({ done: true, cursor: { since: 's400' }, rawCount: 50 });
  });

  it('ends a batch at the final page even when it is small, and flushes a read that stops without one', async () => {
    expect((await collect([page(10, 0), page(10, 10, true)], 1000)).map((b) => [b.records.length, b.done])).toEqual([[20, true]]);
    expect((await collect([page(10, 0), page(10, 10)], 1000)).map((b) => [b.records.length, b.done, b.cursor])).toEqual([[20, false, { position: 'p20' }]]);
  });

  it('passes pages through when they already reach the minimum', async () => {
    const pages = [page(1000, 0), page(1000, 1000, true)];
    expect(await collect(pages, 1000)).toEqual(pages);
  });
});

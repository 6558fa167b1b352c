import { describe, expect, it } from 'vitest';
import { readPageByIndex, readPageByOffset, readPageByUpdate, type ArchivedFilter, type IndexPage } from './record-pages';
import { createRecordStore, type RecordStore, type StoredRecord } from './record-store';
import { createUpdateClock } from './update-clock';

const windowStartMs = Date.UTC(2025, 0, 1);
const windowEndMs = Date.UTC(2026, 0, 1);

function buildStore(baseCount: number): RecordStore<{ n: number }> {
  return createRecordStore({ seed: 7, salt: 3, baseCount, windowStartMs, windowEndMs, generate: (n) => ({ n }) }, createUpdateClock(windowEndMs));
}

function listAll(store: RecordStore<{ n: number }>): StoredRecord<{ n: number }>[] {
  return Array.from({ length: store.size() }, (_, index) => store.get(index) as StoredRecord<{ n: number }>);
}

const passes = (filter: ArchivedFilter) => (record: StoredRecord<unknown>) =>
  filter === 'include' || (filter === 'only' ? record.archived : !record.archived);

/** A store with writes, archivals and creations scattered through it. */
function buildChangedStore(): RecordStore<{ n: number }> {
  const store = buildStore(300);
  for (const index of [0, 5, 6, 7, 150, 299]) store.write(index, { n: -index }, true);
  for (const index of [1, 6, 100, 101, 298]) store.archive(index);
  for (let i = 0; i < 5; i += 1) store.create({ n: 1000 + i });
  store.archive(302);
  return store;
}

describe('record store paging', () => {
  it('generates base records lazily with strictly increasing updatedAt inside the window', () => {
    const store = buildStore(1_000_000);
    const stamps = [0, 1, 2, 500_000, 999_999].map((index) => store.baseUpdatedAt(index));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(stamps[4]).toBeLessThan(windowEndMs);
    expect(store.overlay().size).toBe(0);
    expect(store.get(123_456)?.data).toEqual({ n: 123_456 });
  });

  it('pages by index, by offset and by update stamp exactly like a brute-force scan', () => {
    const store = buildChangedStore();
    const all = listAll(store);
    for (const filter of ['exclude', 'only', 'include'] as const) {
      const expected = all.filter(passes(filter)).map((record) => record.index);
      const byCursor: number[] = [];
      for (let cursor: number | null = 0; cursor !== null; ) {
        const page: IndexPage<{ n: number }> = readPageByIndex(store, cursor, 7, filter);
        byCursor.push(...page.records.map((record) => record.index));
        cursor = page.nextIndex;
      }
      expect(byCursor).toEqual(expected);

      const byOffset: number[] = [];
      for (let offset = 0; offset < expected.length; offset += 11) {
        const page = readPageByOffset(store, offset, 11, filter);
        expect(page.total).toBe(expected.length);
        byOffset.push(...page.records.map((record) => record.index));
      }
      expect(byOffset).toEqual(expected);

      const fromMs = store.baseUpdatedAt(120);
      const sorted = all.filter(passes(filter)).filter((record) => record.updatedAt >= fromMs);
      sorted.sort((a, b) => a.updatedAt - b.updatedAt || a.index - b.index);
      const byUpdate: number[] = [];
      for (let offset = 0; offset < sorted.length; offset += 13) {
        const page = readPageByUpdate(store, { fromMs, toMs: Number.POSITIVE_INFINITY }, offset, 13, filter);
        expect(page.total).toBe(sorted.length);
        byUpdate.push(...page.records.map((record) => record.index));
      }
      expect(byUpdate).toEqual(sorted.map((record) => record.index));
    }
  });

  it('finds only overlay records when the range starts after the base window', () => {
    const store = buildStore(1_000_000);
    const changed = store.pickLive(10);
    for (const index of changed) store.write(index, { n: 0 }, false);
    const page = readPageByUpdate(store, { fromMs: windowEndMs, toMs: Number.POSITIVE_INFINITY }, 0, 100, 'exclude');
    expect(page.total).toBe(10);
    expect(page.records.map((record) => record.index)).toEqual(changed);
  });
});

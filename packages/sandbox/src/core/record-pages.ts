import { type RecordStore, type StoredRecord } from './record-store';

/** Which records a listing returns with respect to archival (deletion). */
export type ArchivedFilter = 'exclude' | 'only' | 'include';

export interface IndexPage<T> {
  records: StoredRecord<T>[];
  /** Index to resume from, or null when the listing is exhausted. */
  nextIndex: number | null;
}

export interface OffsetPage<T> {
  records: StoredRecord<T>[];
  total: number;
}

export interface UpdateRange {
  /** Inclusive lower bound, epoch ms. */
  fromMs: number;
  /** Inclusive upper bound, epoch ms. */
  toMs: number;
}

function passesFilter(record: StoredRecord<unknown>, filter: ArchivedFilter): boolean {
  if (filter === 'include') return true;
  return filter === 'only' ? record.archived : !record.archived;
}

/** First position in [lo, hi) where `isAtOrAfter` turns true (it must be monotonic). */
export function searchFirst(lo: number, hi: number, isAtOrAfter: (position: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isAtOrAfter(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Cursor paging in index (id) order, starting at `startIndex`. */
export function readPageByIndex<T>(store: RecordStore<T>, startIndex: number, limit: number, filter: ArchivedFilter): IndexPage<T> {
  if (filter === 'only') {
    const archived = store.sortedArchivedIndices();
    const from = searchFirst(0, archived.length, (p) => (archived[p] as number) >= startIndex);
    const slice = archived.slice(from, from + limit);
    const records = slice.map((index) => store.get(index)).filter((r): r is StoredRecord<T> => r !== undefined);
    const next = archived[from + limit];
    return { records, nextIndex: next === undefined ? null : next };
  }
  const records: StoredRecord<T>[] = [];
  const size = store.size();
  let index = Math.max(0, startIndex);
  for (; index < size && records.length < limit; index += 1) {
    const record = store.get(index);
    if (record && passesFilter(record, filter)) records.push(record);
  }
  return { records, nextIndex: index < size ? index : null };
}

/** Offset paging in index (id) order with a total. */
export function readPageByOffset<T>(store: RecordStore<T>, offset: number, limit: number, filter: ArchivedFilter): OffsetPage<T> {
  const size = store.size();
  const archived = store.sortedArchivedIndices();
  if (filter === 'only') {
    const records = archived.slice(offset, offset + limit).map((index) => store.get(index) as StoredRecord<T>);
    return { records, total: archived.length };
  }
  if (filter === 'include') {
    return { records: readPageByIndex(store, offset, limit, 'include').records, total: size };
  }
  let start = offset;
  for (const index of archived) {
    if (index <= start) start += 1;
    else break;
  }
  return { records: readPageByIndex(store, start, limit, 'exclude').records, total: size - archived.length };
}

/**
 * Offset paging ordered by (updatedAt, index) within an inclusive stamp range. Base
 * records are found by binary search (their stamps grow with the index); overlay
 * records are later than every base record, so they follow in stamp order.
 */
export function readPageByUpdate<T>(
  store: RecordStore<T>,
  range: UpdateRange,
  offset: number,
  limit: number,
  filter: ArchivedFilter,
): OffsetPage<T> {
  const base = store.baseCount;
  const lo = searchFirst(0, base, (i) => store.baseUpdatedAt(i) >= range.fromMs);
  const hi = searchFirst(lo, base, (i) => store.baseUpdatedAt(i) > range.toMs);
  const overlaid = store.sortedOverlayIndices();
  const skipFrom = searchFirst(0, overlaid.length, (p) => (overlaid[p] as number) >= lo);
  const skipTo = searchFirst(skipFrom, overlaid.length, (p) => (overlaid[p] as number) >= hi);
  const baseTotal = filter === 'only' ? 0 : hi - lo - (skipTo - skipFrom);

  const logged = store.overlayByUpdate();
  const logFrom = searchFirst(0, logged.length, (p) => (logged[p] as StoredRecord<T>).updatedAt >= range.fromMs);
  const tail: StoredRecord<T>[] = [];
  for (let p = logFrom; p < logged.length; p += 1) {
    const record = logged[p] as StoredRecord<T>;
    if (record.updatedAt > range.toMs) break;
    if (passesFilter(record, filter)) tail.push(record);
  }

  const records: StoredRecord<T>[] = [];
  if (offset < baseTotal) {
    let index = lo + offset;
    let skip = skipFrom;
    for (; skip < skipTo && (overlaid[skip] as number) <= index; skip += 1) index += 1;
    while (records.length < limit && index < hi) {
      if (skip < skipTo && overlaid[skip] === index) {
        skip += 1;
      } else {
        records.push(store.get(index) as StoredRecord<T>);
      }
      index += 1;
    }
  }
  const tailStart = Math.max(0, offset - baseTotal);
  records.push(...tail.slice(tailStart, tailStart + (limit - records.length)));
  return { records, total: baseTotal + tail.length };
}

import { hashUint, hashUnit } from './seed-hash';
import { type UpdateClock } from './update-clock';

/**
 * A lazily generated record set: record i below `baseCount` is a pure function of
 * (seed, i); only written, mutated, created and archived records live in `overlay`.
 * Base records are stamped in a fixed past window with updatedAt strictly increasing
 * by index; every overlay write takes a fresh clock stamp later than all of them.
 */
export interface StoredRecord<T> {
  index: number;
  data: T;
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  version: number;
  /** Set once a client wrote the record: it then serves exactly what was written. */
  clientWritten: boolean;
}

export interface RecordStoreOptions<T> {
  seed: number;
  salt: number;
  baseCount: number;
  windowStartMs: number;
  windowEndMs: number;
  generate: (index: number) => T;
}

export interface RecordStore<T> {
  readonly baseCount: number;
  size(): number;
  get(index: number): StoredRecord<T> | undefined;
  baseUpdatedAt(index: number): number;
  overlay(): ReadonlyMap<number, StoredRecord<T>>;
  sortedOverlayIndices(): readonly number[];
  sortedArchivedIndices(): readonly number[];
  overlayByUpdate(): readonly StoredRecord<T>[];
  write(index: number, data: T, clientWritten: boolean): StoredRecord<T>;
  create(data: T): StoredRecord<T>;
  archive(index: number): StoredRecord<T>;
  pickLive(count: number): number[];
}

export function createRecordStore<T>(options: RecordStoreOptions<T>, clock: UpdateClock): RecordStore<T> {
  const { seed, salt, baseCount, windowStartMs, windowEndMs, generate } = options;
  const step = Math.max(1, Math.floor((windowEndMs - windowStartMs) / Math.max(1, baseCount)));
  const entries = new Map<number, StoredRecord<T>>();
  let size = baseCount;
  let pickCalls = 0;
  let sortedIndices: number[] | null = null;
  let sortedArchived: number[] | null = null;
  /** Append-only log of overlay stamps; stamps only grow, so it stays sorted. Stale rows are skipped. */
  let updateLog: StoredRecord<T>[] = [];

  const baseCreatedAt = (index: number) => windowStartMs + index * step;
  const baseUpdatedAt = (index: number) =>
    baseCreatedAt(index) + Math.floor(hashUnit(seed, salt, index, 0x7a11) * step);

  function get(index: number): StoredRecord<T> | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= size) return undefined;
    const written = entries.get(index);
    if (written) return written;
    return {
      index,
      data: generate(index),
      createdAt: baseCreatedAt(index),
      updatedAt: baseUpdatedAt(index),
      archived: false,
      version: 1,
      clientWritten: false,
    };
  }

  function put(record: StoredRecord<T>): StoredRecord<T> {
    if (!entries.has(record.index)) sortedIndices = null;
    const previous = entries.get(record.index);
    if (previous?.archived !== record.archived) sortedArchived = null;
    entries.set(record.index, record);
    updateLog.push(record);
    if (updateLog.length > 1024 && updateLog.length > entries.size * 2) {
      updateLog = updateLog.filter((row) => entries.get(row.index) === row);
    }
    return record;
  }

  function requireRecord(index: number): StoredRecord<T> {
    const record = get(index);
    if (!record) throw new RangeError(`no record at index ${index}`);
    return record;
  }

  return {
    baseCount,
    size: () => size,
    get,
    baseUpdatedAt,
    overlay: () => entries,
    sortedOverlayIndices() {
      sortedIndices ??= Array.from(entries.keys()).sort((a, b) => a - b);
      return sortedIndices;
    },
    sortedArchivedIndices() {
      sortedArchived ??= Array.from(entries.values())
        .filter((record) => record.archived)
        .map((record) => record.index)
        .sort((a, b) => a - b);
      return sortedArchived;
    },
    overlayByUpdate() {
      return updateLog.filter((row) => entries.get(row.index) === row);
    },
    write(index, data, clientWritten) {
      const current = requireRecord(index);
      return put({
        ...current,
        data,
        updatedAt: clock.next(),
        version: current.version + 1,
        clientWritten: current.clientWritten || clientWritten,
      });
    },
    create(data) {
      const stamp = clock.next();
      const index = size;
      size += 1;
      return put({ index, data, createdAt: stamp, updatedAt: stamp, archived: false, version: 1, clientWritten: true });
    },
    archive(index) {
      const current = requireRecord(index);
      return put({ ...current, archived: true, updatedAt: clock.next(), version: current.version + 1 });
    },
    pickLive(count) {
      pickCalls += 1;
      const chosen = new Set<number>();
      const isFree = (index: number) => !chosen.has(index) && get(index)?.archived === false;
      for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt += 1) {
        const index = hashUint(seed, salt ^ pickCalls, attempt, 0x9c4) % Math.max(1, size);
        if (isFree(index)) chosen.add(index);
      }
      for (let index = 0; chosen.size < count && index < size; index += 1) {
        if (isFree(index)) chosen.add(index);
      }
      return Array.from(chosen);
    },
  };
}

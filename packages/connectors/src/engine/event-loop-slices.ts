import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Maps items in slices, letting the event loop run between slices. A sync worker processes a
 * page of records (validation, normalizing, hashing: tens of milliseconds) while the previous
 * page's database writes and deliveries wait for their replies on the same thread; one long
 * synchronous map holds every such reply back until it ends, and the writes (the bottleneck)
 * sit idle. Slices keep those replies flowing.
 */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T, index: number) => R, sliceSize = 100): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  for (let start = 0; start < items.length; start += sliceSize) {
    if (start > 0) await nextTurn();
    const end = Math.min(items.length, start + sliceSize);
    for (let i = start; i < end; i += 1) out[i] = map(items[i] as T, i);
  }
  return out;
}

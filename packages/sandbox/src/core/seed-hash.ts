/**
 * Deterministic, allocation-free hashing: every generated value is a pure
 * function of (seed, salt, index, field), so record i never needs storing.
 */

function finalizeHash(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit unsigned hash of four integers. */
export function hashUint(seed: number, salt: number, index: number, field: number): number {
  let h = finalizeHash(seed ^ 0x9e3779b9);
  h = finalizeHash(h ^ Math.imul(salt | 0, 0x27d4eb2d));
  h = finalizeHash(h ^ (index | 0) ^ Math.floor(index / 4294967296));
  return finalizeHash(h ^ Math.imul(field | 0, 0x165667b1));
}

/** A uniform number in [0, 1) derived from the same inputs as {@link hashUint}. */
export function hashUnit(seed: number, salt: number, index: number, field: number): number {
  return hashUint(seed, salt, index, field) / 4294967296;
}

/** FNV-1a of a string, used to turn object names into salts. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Picks one element of a non-empty list with a hash value. */
export function pickWith<T>(list: readonly T[], hash: number): T {
  return list[hash % list.length] as T;
}

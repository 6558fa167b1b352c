import { describe, expect, it } from 'vitest';
import { hashRecord, stableStringify } from './record-hash';

describe('stableStringify', () => {
  it('sorts keys at every depth and drops undefined like JSON', () => {
    expect(stableStringify({ b: 1, a: { d: [2, undefined], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[2,null]},"b":1}');
  });

  it('writes bigints as decimal text and a bare undefined as null', () => {
    expect(stableStringify({ n: 12345678901234567890n, list: [undefined, () => 1] })).toBe('{"list":[null,null],"n":"12345678901234567890"}');
    expect(stableStringify(undefined)).toBe('null');
  });

  it('honours toJSON and writes non-finite numbers as null', () => {
    expect(stableStringify({ at: new Date('2026-01-31T12:00:00.000Z'), n: Number.NaN })).toBe('{"at":"2026-01-31T12:00:00.000Z","n":null}');
  });
});

describe('hashRecord', () => {
  it('is the same for equal content in any key order', () => {
    expect(hashRecord({ a: 1, b: [1, { y: 2, x: 1 }] })).toBe(hashRecord({ b: [1, { x: 1, y: 2 }], a: 1 }));
  });

  it('differs when content differs, including array order', () => {
    expect(hashRecord({ a: 1 })).not.toBe(hashRecord({ a: 2 }));
    expect(hashRecord([1, 2])).not.toBe(hashRecord([2, 1]));
    expect(hashRecord({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { toJsonbText } from './jsonb-text';

describe('toJsonbText', () => {
  it('spells out NUL characters in values and keys, and keeps everything else', () => {
    const text = toJsonbText({ name: 'Ja\u0000ne', 'k\u0000': 1, ok: 'plain' });
    expect(text).not.toMatch(/(?<!\\)(\\\\)*\\u0000/);
    expect(JSON.parse(text)).toEqual({ name: 'Ja\\u0000ne', 'k\\u0000': 1, ok: 'plain' });
  });

  it('leaves a literal backslash-u0000 written by the provider alone', () => {
    const value = { note: 'C:\\u0000\\path' };
    expect(JSON.parse(toJsonbText(value))).toEqual(value);
  });
});

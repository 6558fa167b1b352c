import { describe, expect, it } from 'vitest';
import { normalizeFixturePage, readJsonFile } from '../../engine/testing/golden-fixture';
import { dealsStream } from './deals.stream';

describe('deals stream', () => {
  it('normalizes the golden provider page to exactly the expected output', () => {
    const page = readJsonFile(new URL('./deals.fixture.json', import.meta.url));
    const expected = readJsonFile(new URL('./deals.expected.json', import.meta.url));
    expect(normalizeFixturePage(dealsStream, page)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeFixturePage, readJsonFile } from '../../engine/testing/golden-fixture';
import { companiesStream } from './companies.stream';

describe('companies stream', () => {
  it('normalizes the golden provider page to exactly the expected output', () => {
    const page = readJsonFile(new URL('./companies.fixture.json', import.meta.url));
    const expected = readJsonFile(new URL('./companies.expected.json', import.meta.url));
    expect(normalizeFixturePage(companiesStream, page)).toEqual(expected);
  });
});

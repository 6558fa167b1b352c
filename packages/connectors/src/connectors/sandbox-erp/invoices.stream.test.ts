import { describe, expect, it } from 'vitest';
import { normalizeFixturePage, readJsonFile } from '../../engine/testing/golden-fixture';
import { invoicesStream } from './invoices.stream';

describe('invoices stream', () => {
  it('normalizes the golden provider page to exactly the expected output', () => {
    const page = readJsonFile(new URL('./invoices.fixture.json', import.meta.url));
    const expected = readJsonFile(new URL('./invoices.expected.json', import.meta.url));
    expect(normalizeFixturePage(invoicesStream, page)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeFixturePage, readJsonFile } from '../../engine/testing/golden-fixture';
import { customersStream } from './customers.stream';

describe('customers stream', () => {
  it('normalizes the golden provider page to exactly the expected output', () => {
    const page = readJsonFile(new URL('./customers.fixture.json', import.meta.url));
    const expected = readJsonFile(new URL('./customers.expected.json', import.meta.url));
    expect(normalizeFixturePage(customersStream, page)).toEqual(expected);
  });
});

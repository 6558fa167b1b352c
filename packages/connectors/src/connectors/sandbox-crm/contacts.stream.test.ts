import { describe, expect, it } from 'vitest';
import { normalizeFixturePage, readJsonFile } from '../../engine/testing/golden-fixture';
import { contactsStream } from './contacts.stream';

describe('contacts stream', () => {
  it('normalizes the golden provider page to exactly the expected output', () => {
    const page = readJsonFile(new URL('./contacts.fixture.json', import.meta.url));
    const expected = readJsonFile(new URL('./contacts.expected.json', import.meta.url));
    expect(normalizeFixturePage(contactsStream, page)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { MappingError } from '../../engine/connector-error';
import { readDomain, readEmail, readNumber, readPersonName, readTimestamp } from './property-values';

describe('property values', () => {
  it('trims and lower-cases emails, blank is null', () => {
    expect(readEmail('  Ada@Example.COM\t')).toBe('ada@example.com');
    expect(readEmail('   ')).toBeNull();
  });

  it('title-cases names written in capitals only', () => {
    expect(readPersonName('HOPPER')).toBe('Hopper');
    expect(readPersonName("O'NEIL-SMITH")).toBe("O'Neil-Smith");
    expect(readPersonName('McDonald')).toBe('McDonald');
    expect(readPersonName(' van der Berg ')).toBe('van der Berg');
  });

  it('reads numbers and timestamps from strings, and names the property when it cannot', () => {
    expect(readNumber({ n: '1,200.5' }, 'n')).toBe(1200.5);
    expect(readNumber({ n: '' }, 'n')).toBeNull();
    expect(readTimestamp({ t: '1740821400000' }, 't')).toBe('2025-03-01T09:30:00.000Z');
    expect(readTimestamp({ t: '2025-03-01T10:30:00+01:00' }, 't')).toBe('2025-03-01T09:30:00.000Z');
    expect(() => readNumber({ n: 'many' }, 'n')).toThrow(MappingError);
    expect(() => readTimestamp({ closedate: 'soon' }, 'closedate')).toThrow(expect.objectContaining({ path: ['properties', 'closedate'] }));
  });

  it('reduces a domain to its bare lower-case host', () => {
    expect(readDomain('https://www.Acme.com/about')).toBe('acme.com');
    expect(readDomain('')).toBeNull();
  });
});

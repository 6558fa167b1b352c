import { defineStream, MappingError, type Contact } from '@tributary/connectors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyMapping, collectLookupKeys, compileMapping } from './apply-mapping';
import { addChecksums, serializeCanonical, subtractChecksums, toChecksumTerm } from './canonical-json';
import { applyTransform, normalizePhone } from './field-transforms';
import { parseMappingSpec } from './mapping-spec';
import { computeIdentity } from './record-identity';
import { finishRecord, prepareRawRecord } from './source-record';

const noLookups = new Map();

const rawSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) });
const stream = defineStream<unknown, z.infer<typeof rawSchema>, 'contact'>({
  name: 'people',
  model: 'contact',
  pageSize: 10,
  raw: rawSchema,
  externalId: (raw) => raw.id,
  normalize: (raw): Contact => {
    if (raw.properties.born === 'never') throw new MappingError('bad birth', ['properties', 'born']);
    return {
      email: raw.properties.email ?? null,
      firstName: raw.properties.first ?? null,
      lastName: null,
      phone: raw.properties.phone ?? null,
      companyName: null,
      jobTitle: null,
      lifecycleStage: null,
      sourceCreatedAt: null,
      sourceUpdatedAt: null,
      custom: {},
    };
  },
});

function spec(fields: unknown) {
  const parsed = parseMappingSpec({ fields }, 'contact');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return compileMapping('contact', parsed.spec, 2);
}

describe('transforms', () => {
  it('normalises text, emails, phones, dates and maps values', () => {
    expect(applyTransform('  JANE o\'neil ', { op: 'titlecase' }, noLookups)).toBe("  Jane O'Neil ");
    expect(applyTransform(' Jane@Example.COM ', { op: 'email' }, noLookups)).toBe('jane@example.com');
    expect(() => applyTransform('not-an-email', { op: 'email' }, noLookups)).toThrow(/not an email/);
    expect(normalizePhone('(415) 555-0100', '1')).toBe('+14155550100');
    expect(normalizePhone('0044 20 7946 0958', '1')).toBe('+442079460958');
    expect(normalizePhone('+1 415 555 0100 ext 12', '1')).toBe('+14155550100');
    expect(applyTransform('31/01/2026', { op: 'date', format: 'dd/mm/yyyy', output: 'date' }, noLookups)).toBe('2026-01-31');
    expect(applyTransform('1769817600000', { op: 'date', format: 'auto', output: 'datetime' }, noLookups)).toBe('2026-01-31T00:00:00.000Z');
    expect(applyTransform(' Lead ', { op: 'map', values: { lead: 'prospect' }, otherwise: 'keep' }, noLookups)).toBe('prospect');
    expect(applyTransform('', { op: 'default', value: 'n/a' }, noLookups)).toBe('n/a');
    expect(applyTransform('https://www.Acme.com/x', { op: 'domain' }, noLookups)).toBe('acme.com');
  });

  it('enriches from another model by identity', () => {
    const lookups = new Map([['company', new Map([['acme.com', { name: 'Acme Inc' }]])]]);
    const mapping = spec({ companyName: { from: 'properties.email', transforms: ['emailDomain', { op: 'lookup', model: 'company', field: 'name' }] } });
    const raw = { id: '1', properties: { email: 'jo@acme.com' } };
    expect([...(collectLookupKeys(mapping, [{ base: {}, raw }]).get('company') ?? [])]).toEqual(['acme.com']);
    expect(applyMapping(mapping, { companyName: null }, raw, lookups).companyName).toBe('Acme Inc');
  });
});

describe('mapping spec', () => {
  it('names each invalid field', () => {
    const parsed = parseMappingSpec({ fields: { emial: { from: 'x' }, email: { transforms: [{ op: 'nope' }] } } }, 'contact');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['mapping.fields.email.transforms.0']));
    const second = parseMappingSpec({ fields: { emial: { from: 'x' } } }, 'contact');
    expect(second.ok ? [] : second.issues.map((i) => i.field)).toEqual(['mapping.fields.emial']);
  });
});

describe('source records', () => {
  const ctx = (mapping = spec({})) => ({ stream, settings: {}, connectionId: 'c1', mapping });

  it('dead-letters a provider-schema failure unless a rule reads that path', () => {
    const raw = { id: '7', properties: { email: 4155550100 } };
    const plain = prepareRawRecord(ctx(), raw);
    expect(plain).toMatchObject({ ok: false, stage: 'validate', externalId: '7', error: { code: 'validation', path: ['properties', 'email'] } });
    const fixed = ctx(spec({ email: { from: 'properties.email', transforms: ['email'], onError: 'null' } }));
    const prepared = prepareRawRecord(fixed, raw);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const mapped = finishRecord(fixed, prepared, noLookups);
    expect(mapped).toMatchObject({ ok: true, identity: 'source:c1:7', record: { email: null } });
  });

  it('fails the map stage with the field path when the canonical model refuses the result', () => {
    const mapping = spec({ firstName: { transforms: ['trim'] } });
    const prepared = prepareRawRecord(ctx(mapping), { id: '8', properties: { email: 'not-an-email', first: ' Ann ' } });
    if (!prepared.ok) throw new Error('expected prepared');
    expect(finishRecord(ctx(mapping), prepared, noLookups)).toMatchObject({ ok: false, stage: 'map', error: { path: ['email'] } });
  });

  it('waives a normalize error at a path the mapping reads', () => {
    const mapping = spec({ 'custom.born': { from: 'properties.born', transforms: [{ op: 'map', values: { never: 'unknown' } }] } });
    const prepared = prepareRawRecord(ctx(mapping), { id: '9', properties: { born: 'never', email: 'a@b.co' } });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(finishRecord(ctx(mapping), prepared, noLookups)).toMatchObject({ ok: true, record: { custom: { born: 'unknown' } }, identity: 'a@b.co' });
  });
});

describe('identity and checksums', () => {
  it('follows the per-model identity rules', () => {
    const origin = { connectionId: 'c', externalId: '1' };
    expect(computeIdentity('contact', { email: ' A@B.co ' }, origin)).toBe('a@b.co');
    expect(computeIdentity('company', { domain: 'https://www.acme.com/', name: 'Acme' }, origin)).toBe('acme.com');
    expect(computeIdentity('company', { domain: null, name: ' Acme  Inc ' }, origin)).toBe('name:acme inc');
    expect(computeIdentity('deal', { name: 'x' }, origin)).toBe('c:1');
  });

  it('serialises equal content equally and sums mod 2^64', () => {
    const a = serializeCanonical('contact', { custom: { b: 1, a: 2 }, email: 'x@y.z' } as Record<string, unknown>);
    const b = serializeCanonical('contact', { email: 'x@y.z', custom: { a: 2, b: 1 } } as Record<string, unknown>);
    expect(a).toBe(b);
    const max = toChecksumTerm('ffffffffffffffff');
    expect(addChecksums(max, 2n)).toBe(1n);
    expect(subtractChecksums(1n, max)).toBe(2n);
  });
});

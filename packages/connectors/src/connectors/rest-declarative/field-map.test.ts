import { describe, expect, it } from 'vitest';
import { canonicalModels } from '../../canonical/index';
import { fieldMapSchema, findUnknownFields, mapRecord } from './field-map';

describe('mapRecord', () => {
  it('maps dotted paths, coerces values and keeps leftovers as flattened custom fields', () => {
    const raw = {
      id: 7,
      properties: { email: '  Ann@Example.COM ', first: ' Ann ', score: '12' },
      created: 1767225600,
      updated: '2026-01-02 03:04:05.123456+00',
      tags: ['a', 'b'],
      address: { city: 'Paris', geo: { lat: 1.5 } },
      archived: false,
    };
    const fieldMap = fieldMapSchema.parse({
      email: 'properties.email',
      firstName: 'properties.first',
      lastName: 'properties.missing',
      sourceCreatedAt: 'created',
      sourceUpdatedAt: 'updated',
      'custom.score': 'properties.score',
    });
    const record = mapRecord(raw, { model: 'contact', fieldMap, customFields: 'leftovers', ignore: ['id'] });
    expect(record).toEqual({
      email: 'ann@example.com',
      firstName: 'Ann',
      lastName: null,
      phone: null,
      companyName: null,
      jobTitle: null,
      lifecycleStage: null,
      sourceCreatedAt: '2026-01-01T00:00:00.000Z',
      sourceUpdatedAt: '2026-01-02T03:04:05.123Z',
      custom: { 'address.city': 'Paris', 'address.geo.lat': 1.5, tags: '["a","b"]', archived: false, score: '12' },
    });
    expect(canonicalModels.contact.schema.safeParse(record).success).toBe(true);
  });

  it('drops leftovers when asked and fills defaults and array items', () => {
    const raw = { no: 'INV-9', lines: [{ text: 'Widget', qty: '2', price: '5.5', total: 11 }], sum: '11', state: 'PAID', extra: 1 };
    const fieldMap = fieldMapSchema.parse({
      number: 'no',
      currency: { path: 'cur', default: 'EUR' },
      status: 'state',
      lines: { path: 'lines', items: { description: 'text', quantity: 'qty', unitPrice: 'price', amount: 'total' } },
      subtotal: 'sum',
      tax: { default: 0 },
      total: 'sum',
      issueDate: { path: 'date' },
    });
    const record = mapRecord(raw, { model: 'invoice', fieldMap, customFields: 'none' });
    expect(record).toMatchObject({
      number: 'INV-9',
      currency: 'EUR',
      status: 'paid',
      lines: [{ description: 'Widget', quantity: 2, unitPrice: 5.5, amount: 11 }],
      subtotal: 11,
      tax: 0,
      total: 11,
      issueDate: null,
      custom: {},
    });
    expect(canonicalModels.invoice.schema.safeParse(record).success).toBe(true);
  });

  it('leaves values it cannot coerce for canonical validation to report', () => {
    const record = mapRecord({ when: 'not a date', size: 'many' }, {
      model: 'company',
      fieldMap: { name: { default: 'Acme' }, sourceCreatedAt: 'when', employeeCount: 'size' },
      customFields: 'none',
    });
    const checked = canonicalModels.company.schema.safeParse(record);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['employeeCount', 'sourceCreatedAt']);
  });

  it('names field map keys that are not fields of the model', () => {
    expect(findUnknownFields('contact', { email: 'a', emial: 'b', 'custom.x': 'c', custom: 'd', 'custom.a.b': 'e' })).toEqual([
      'emial',
      'custom',
      'custom.a.b',
    ]);
  });
});

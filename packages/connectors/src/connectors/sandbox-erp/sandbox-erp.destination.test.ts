import { afterEach, describe, expect, it } from 'vitest';
import type { Company } from '../../canonical/index';
import type { WriteItem } from '../../contract';
import { writeRecords } from '../../engine/write-records';
import { sendJson, startTestProvider, type TestProvider } from '../../engine/testing/test-provider';
import { connector } from './sandbox-erp.connector';
import { toCountryCode } from './erp-write-bodies';

let provider: TestProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** ERP-like create endpoint: Idempotency-Key replays, 422 on a reused key, 400 validation errors with a field. */
async function startErp(): Promise<TestProvider> {
  const seen = new Map<string, { body: string; response: unknown }>();
  let next = 1;
  provider = await startTestProvider((req, res) => {
    if (req.headers['x-api-key'] !== 'erp-key') return sendJson(res, 401, { error: { code: 'unauthorized', message: 'The API key is invalid.' } });
    const key = String(req.headers['idempotency-key'] ?? '');
    const previous = seen.get(key);
    if (previous && previous.body === req.body) return sendJson(res, 201, previous.response, { 'Idempotent-Replayed': 'true' });
    if (previous) return sendJson(res, 422, { error: { code: 'idempotency_key_reused', message: 'This Idempotency-Key was already used with a different request.' } });
    const body = req.json as { display_name?: string; billing_address?: { country?: string | null } };
    if (!body.display_name) return sendJson(res, 400, { error: { code: 'validation_error', message: 'display_name is required', field: 'display_name' } });
    if (body.billing_address?.country === 'XX') {
      return sendJson(res, 400, { error: { code: 'validation_error', message: 'country must be an ISO 3166 alpha-2 code', field: 'billing_address.country' } });
    }
    const response = { id: `CUS-${String(next++).padStart(6, '0')}`, ...body };
    seen.set(key, { body: req.body, response });
    sendJson(res, 201, response);
  });
  return provider;
}

function companyItem(key: string, name: string, country: string | null = 'United Kingdom'): WriteItem {
  const record: Company = {
    name,
    domain: null,
    industry: null,
    phone: null,
    city: 'London',
    country,
    employeeCount: null,
    annualRevenue: null,
    sourceCreatedAt: null,
    sourceUpdatedAt: null,
    custom: { email: 'billing@contoso.example.com', currency: 'gbp' },
  };
  return { canonicalId: key, version: 1, idempotencyKey: key, record };
}

function write(server: TestProvider, items: WriteItem[]) {
  return writeRecords({ connector, settings: { baseUrl: server.url }, credentials: { type: 'apiKey', apiKey: 'erp-key' }, tenantId: 't1', model: 'company', items });
}

describe('sandbox-erp destination', () => {
  it('creates with the item idempotency key; a replay is written:false; a reused key is a conflict; validation names the field', async () => {
    const server = await startErp();
    const first = await write(server, [companyItem('k1', 'Contoso'), companyItem('k2', ''), companyItem('k3', 'Bad Country', 'XX')]);
    expect(first[0]).toEqual({ ok: true, externalId: 'CUS-000001', written: true });
    expect(first[1]).toEqual({ ok: false, error: { code: 'destination_rejected', message: 'display_name is required', path: ['display_name'] } });
    expect(first[2]).toMatchObject({ ok: false, error: { code: 'destination_rejected', path: ['billing_address', 'country'] } });
    const created = server.requests.find((r) => r.headers['idempotency-key'] === 'k1');
    expect(created?.json).toMatchObject({ display_name: 'Contoso', currency: 'GBP', billing_address: { city: 'London', country: 'GB' } });

    const again = await write(server, [companyItem('k1', 'Contoso'), companyItem('k1', 'Contoso renamed')]);
    expect(again[0]).toEqual({ ok: true, externalId: 'CUS-000001', written: false });
    expect(again[1]).toMatchObject({ ok: false, error: { code: 'destination_conflict' } });
  });

  it('fails the batch fast on a refused key', async () => {
    const server = await startErp();
    const refused = writeRecords({ connector, settings: { baseUrl: server.url }, credentials: { type: 'apiKey', apiKey: 'nope' }, tenantId: 't1', model: 'company', items: [companyItem('k1', 'A')] });
    await expect(refused).rejects.toMatchObject({ code: 'needs_reauth' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('toCountryCode', () => {
  it('accepts codes and English names', () => {
    expect(toCountryCode('gb')).toBe('GB');
    expect(toCountryCode('United States')).toBe('US');
    expect(toCountryCode('Atlantis')).toBeNull();
    expect(toCountryCode(null)).toBeNull();
  });
});

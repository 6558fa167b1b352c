import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { approveSandboxConsent } from '../oauth/approve-consent';
import { computeS256Challenge } from '../oauth/pkce';
import { type SandboxServer } from '../sandbox.types';
import { startSandboxErp } from './erp.server';

interface ListBody {
  data: Record<string, unknown>[];
  pagination: { offset: number; limit: number; total: number; has_more: boolean };
}

let erp: SandboxServer;
const key = { 'x-api-key': 'erp-sandbox-key' };

async function callErp<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${erp.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...key, 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

async function readAll(path: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let offset = 0; ; ) {
    const { body } = await callErp<ListBody>(`${path}${path.includes('?') ? '&' : '?'}offset=${offset}&limit=100`);
    rows.push(...body.data);
    offset += body.data.length;
    if (!body.pagination.has_more) return rows;
  }
}

beforeAll(async () => {
  erp = await startSandboxErp({ counts: { customers: 250, invoices: 120 }, malformedRate: 0.1 });
});
afterEach(() => erp.resetFaults());
afterAll(() => erp.close());

describe('sandbox ERP', () => {
  it('requires an API key or an OAuth token from its own authorize/token endpoints', async () => {
    expect(await callErp('/api/v1/customers', { headers: { 'x-api-key': 'wrong' } })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL('/oauth2/authorize', erp.url);
    authorize.search = new URLSearchParams({
      client_id: 'sandbox-erp-client', redirect_uri: 'http://127.0.0.1:9/cb', response_type: 'code', state: 's', scope: 'accounting',
      code_challenge: computeS256Challenge(verifier), code_challenge_method: 'S256',
    }).toString();
    const callback = await approveSandboxConsent(authorize.toString());
    const token = await fetch(`${erp.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('sandbox-erp-client:sandbox-erp-secret').toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: callback.searchParams.get('code') ?? '', redirect_uri: 'http://127.0.0.1:9/cb', code_verifier: verifier }).toString(),
    });
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const response = await fetch(`${erp.url}/api/v1/invoices?limit=1`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(response.status).toBe(200);
    erp.revokeAllTokens();
    expect((await fetch(`${erp.url}/api/v1/invoices?limit=1`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(401);
  });

  it('pages customers by offset with totals, and lists changes in (updated_at, id) order with updated_since', async () => {
    const all = await readAll('/api/v1/customers');
    expect(all.map((row) => row.id)).toEqual(Array.from({ length: 250 }, (_, i) => `CUS-${String(i + 1).padStart(6, '0')}`));
    const first = all[0] as Record<string, unknown>;
    expect(first).toMatchObject({ billing_address: { country: expect.any(String) }, active: expect.any(Boolean) });
    expect(typeof first.balance).toBe('number');

    const since = new Date().toISOString();
    const changed = await erp.mutate('customers', 5);
    const deleted = await erp.remove('customers', 2);
    const updates = await callErp<ListBody>(`/api/v1/customers?updated_since=${encodeURIComponent(since)}&limit=100`);
    expect(updates.body.data.map((row) => row.id)).toEqual(changed);
    const stamps = updates.body.data.map((row) => String(row.updated_at));
    expect(stamps).toEqual([...stamps].sort());
    const withDeleted = await callErp<ListBody>(`/api/v1/customers?updated_since=${encodeURIComponent(since)}&include_deleted=true`);
    expect(withDeleted.body.data.map((row) => row.id)).toEqual([...changed, ...deleted]);
    expect(withDeleted.body.data.slice(5).every((row) => row.deleted === true)).toBe(true);
    expect((await readAll('/api/v1/customers')).length).toBe(248);
    expect((await callErp('/api/v1/customers?limit=101')).body).toMatchObject({ error: { code: 'validation_error', field: 'limit' } });
  });

  it('replays an idempotent create and refuses the key with a different body', async () => {
    const body = { display_name: 'Idem Corp', email: 'ap@idem.example', currency: 'EUR' };
    const headers = { 'idempotency-key': 'key-1' };
    const writes = erp.stats().writes;
    const first = await callErp<Record<string, unknown>>('/api/v1/customers', { method: 'POST', body, headers });
    expect(first.status).toBe(201);
    const replay = await callErp<Record<string, unknown>>('/api/v1/customers', { method: 'POST', body: { currency: 'EUR', email: 'ap@idem.example', display_name: 'Idem Corp' }, headers });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(erp.stats().writes - writes).toBe(1);
    const reused = await callErp('/api/v1/customers', { method: 'POST', body: { ...body, display_name: 'Other' }, headers });
    expect(reused).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
    expect((await callErp('/api/v1/customers', { method: 'POST', body })).status).toBe(400);
  });

  it('validates writes and computes invoice totals', async () => {
    const missingName = await callErp('/api/v1/customers', { method: 'POST', body: { email: 'x@y.example' }, headers: { 'idempotency-key': 'k2' } });
    expect(missingName).toMatchObject({ status: 400, body: { error: { code: 'validation_error', field: 'display_name' } } });
    const lines = [{ description: 'Work', quantity: -1, unit_price: 10 }];
    const negative = await callErp('/api/v1/invoices', { method: 'POST', body: { customer_id: 'CUS-000003', issue_date: '2026-02-01', lines }, headers: { 'idempotency-key': 'k3' } });
    expect(negative).toMatchObject({ status: 400, body: { error: { code: 'validation_error', field: 'lines.0.quantity' } } });
    const invoice = await callErp<Record<string, unknown>>('/api/v1/invoices', {
      method: 'POST',
      body: { customer_id: 'CUS-000003', issue_date: '2026-02-01', tax_rate: 0.1, lines: [{ description: 'Work', quantity: 2, unit_price: 12.5 }] },
      headers: { 'idempotency-key': 'k4' },
    });
    expect(invoice).toMatchObject({ status: 201, body: { id: 'INV-000121', subtotal: 25, tax: 2.5, total: 27.5, status: 'draft', due_date: '2026-03-03' } });
    const put = await callErp<Record<string, unknown>>('/api/v1/customers/CUS-000003', { method: 'PUT', body: { display_name: 'Renamed Ltd', currency: 'GBP' } });
    expect(put).toMatchObject({ status: 200, body: { id: 'CUS-000003', display_name: 'Renamed Ltd' } });
    expect((await callErp('/api/v1/customers/CUS-999999')).status).toBe(404);
  });

  it('shows faults: 429 body with Retry-After, drift, and exactly the isMalformed invoices', async () => {
    erp.setFaults({ rate429: 1, retryAfterSeconds: 3 });
    const limited = await callErp('/api/v1/invoices');
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(limited.headers.get('retry-after')).toBe('3');
    erp.setFaults({ rate429: 0, drift: { object: 'invoices', field: 'total', retypeTo: 'string', renameTo: 'amount_total' } });
    const drifted = await callErp<ListBody>('/api/v1/invoices?limit=2');
    expect(drifted.body.data[0]).toHaveProperty('amount_total', expect.any(String));
    erp.resetFaults();
    const invoices = await readAll('/api/v1/invoices');
    const bad = invoices.filter((row) => typeof row.total !== 'number').map((row) => String(row.id));
    expect(bad.length).toBeGreaterThan(3);
    expect(bad).toEqual(invoices.map((row) => String(row.id)).filter((id) => erp.isMalformed('invoices', id)));
  });
});

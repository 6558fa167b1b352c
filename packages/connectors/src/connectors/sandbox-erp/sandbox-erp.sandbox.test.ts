import { afterEach, describe, expect, it } from 'vitest';
import { approveSandboxConsent, startSandboxErp, type SandboxServer } from '@tributary/sandbox';
import type { Company, Invoice } from '../../canonical/index';
import type { StreamPage, WriteItem } from '../../contract';
import { readStream, type ReadStreamOptions } from '../../engine/read-stream';
import { writeRecords } from '../../engine/write-records';
import { buildAuthorizeUrl, exchangeAuthorizationCode } from '../../engine/oauth2';
import { readRecord } from '../../engine/read-record';
import { connector } from './sandbox-erp.connector';
import { connector as oauthConnector } from './sandbox-erp-oauth.connector';

const apiKey = 'erp-sandbox-key';
let sandbox: SandboxServer | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

function readOptions(server: SandboxServer, extra: Partial<ReadStreamOptions> = {}): ReadStreamOptions {
  return {
    connector,
    stream: 'customers',
    settings: { baseUrl: server.url },
    credentials: { type: 'apiKey', apiKey },
    retry: { maxAttempts: 10, baseDelayMs: 2, maxDelayMs: 20 },
    ...extra,
  };
}

async function readAll(options: ReadStreamOptions): Promise<{ pages: StreamPage[]; ids: string[]; records: StreamPage['records'] }> {
  const pages: StreamPage[] = [];
  const records: StreamPage['records'] = [];
  for await (const page of readStream(options)) {
    records.push(...page.records);
    pages.push(page);
  }
  return { pages, records, ids: records.map((r) => (r.ok ? r.externalId : `failed:${r.externalId}`)) };
}

function write(server: SandboxServer, model: 'company' | 'invoice', items: WriteItem[]) {
  return writeRecords({ connector, settings: { baseUrl: server.url }, credentials: { type: 'apiKey', apiKey }, tenantId: 't1', model, items });
}

describe('sandbox-erp against the sandbox ERP', () => {
  it('pages customers and invoices to the end through faults, every record exactly once, malformed ones as failures', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 2300, invoices: 1200 }, malformedRate: 0.02 });
    const server = sandbox;
    server.setFaults({ rate429: 0.1, retryAfterSeconds: 0, rate5xx: 0.05, resetRate: 0.02 });
    const customers = await readAll(readOptions(server));
    expect(customers.ids).toHaveLength(2300);
    expect(new Set(customers.ids.map((id) => id.replace('failed:', ''))).size).toBe(2300);
    const failed = customers.records.filter((r) => !r.ok).map((r) => r.externalId);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((id) => id !== undefined && server.isMalformed('customers', id))).toBe(true);
    expect(customers.ids.filter((id) => !id.startsWith('failed:') && server.isMalformed('customers', id))).toEqual([]);
    const invoices = await readAll(readOptions(server, { stream: 'invoices' }));
    expect(new Set(invoices.ids.map((id) => id.replace('failed:', ''))).size).toBe(1200);
    const badInvoice = invoices.records.find((r) => !r.ok);
    expect(badInvoice).toMatchObject({ ok: false, error: { code: 'validation', path: ['total'] }, raw: { total: 'n/a' } });
  });

  it('reads only changed customers incrementally, and `since` advances', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 600, invoices: 0 } });
    const full = await readAll(readOptions(sandbox));
    const since = full.pages.at(-1)?.cursor?.since;
    const changed = await sandbox.mutate('customers', 40);
    const incremental = await readAll(readOptions(sandbox, { cursor: full.pages.at(-1)?.cursor, incremental: true }));
    expect(incremental.ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(incremental.ids.filter((id) => !changed.includes(id))).size).toBeLessThanOrEqual(1);
    expect(changed.every((id) => incremental.ids.includes(id))).toBe(true);
    expect(Date.parse(incremental.pages.at(-1)?.cursor?.since ?? '')).toBeGreaterThan(Date.parse(since ?? ''));
  });

  it('reports removed customers as deleted when they are listed', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 50, invoices: 0 } });
    const full = await readAll(readOptions(sandbox));
    const removed = await sandbox.remove('customers', 2);
    const incremental = await readAll(readOptions(sandbox, { cursor: full.pages.at(-1)?.cursor, incremental: true }));
    const seen = incremental.records.filter((r) => r.ok && removed.includes(r.externalId));
    expect(seen).toHaveLength(2);
    expect(seen.every((r) => r.ok && r.deleted)).toBe(true);
  });

  it('creates customers and invoices under idempotency keys: a rerun writes nothing, a reused key conflicts', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 5, invoices: 0 } });
    const company: Company = {
      name: 'Writer Co',
      domain: 'writer.example.com',
      industry: null,
      phone: '+1 555 0100',
      city: 'Toronto',
      country: 'Canada',
      employeeCount: null,
      annualRevenue: null,
      sourceCreatedAt: null,
      sourceUpdatedAt: null,
      custom: { email: 'billing@writer.example.com', currency: 'CAD' },
    };
    const items: WriteItem[] = [
      { canonicalId: 'a', version: 1, idempotencyKey: 'key-a', record: company },
      { canonicalId: 'b', version: 1, idempotencyKey: 'key-b', record: { ...company, name: '  ' } },
    ];
    const first = await write(sandbox, 'company', items);
    expect(first[0]).toMatchObject({ ok: true, written: true, externalId: expect.stringMatching(/^CUS-\d+$/) });
    expect(first[1]).toMatchObject({ ok: false, error: { code: 'destination_rejected', path: ['display_name'] } });
    const writes = sandbox.stats().writes;
    const rerun = await write(sandbox, 'company', [items[0]!]);
    expect(rerun[0]).toEqual({ ok: true, written: false, externalId: first[0]!.ok ? first[0]!.externalId : '' });
    expect(sandbox.stats().writes).toBe(writes);
    const reused = await write(sandbox, 'company', [{ ...items[0]!, record: { ...company, name: 'Other' } }]);
    expect(reused[0]).toMatchObject({ ok: false, error: { code: 'destination_conflict' } });

    const customerId = first[0]!.ok ? first[0]!.externalId : '';
    const invoice: Invoice = {
      number: 'W-1',
      customerExternalId: customerId,
      customerEmail: null,
      issueDate: '2026-01-15',
      dueDate: '2026-02-14',
      currency: 'CAD',
      status: 'open',
      lines: [{ description: 'Widget', quantity: 2, unitPrice: 50, amount: 100 }],
      subtotal: 100,
      tax: 13,
      total: 113,
      sourceCreatedAt: null,
      sourceUpdatedAt: null,
      custom: {},
    };
    const [written] = await write(sandbox, 'invoice', [{ canonicalId: 'i', version: 1, idempotencyKey: 'key-i', record: invoice }]);
    expect(written).toMatchObject({ ok: true, written: true, externalId: expect.stringMatching(/^INV-\d+$/) });
    const readBack = await readAll(readOptions(sandbox, { stream: 'invoices' }));
    const mine = readBack.records.find((r) => r.ok && r.externalId === (written?.ok ? written.externalId : ''));
    expect(mine).toMatchObject({ ok: true, record: { number: 'W-1', customerExternalId: customerId, total: 113, tax: 13, status: 'open' } });
  });

  it('fails fast as needs_reauth with a wrong API key', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 5, invoices: 0 } });
    await expect(readAll(readOptions(sandbox, { credentials: { type: 'apiKey', apiKey: 'nope' } }))).rejects.toMatchObject({ code: 'needs_reauth', retryable: false });
    expect(sandbox.stats().requests).toBe(1);
  });

  it('connects the OAuth variant (client_secret_basic) and fetches one record by id', async () => {
    sandbox = await startSandboxErp({ counts: { customers: 5, invoices: 0 } });
    const settings = { baseUrl: sandbox.url };
    const client = { clientId: 'sandbox-erp-client', clientSecret: 'sandbox-erp-secret' };
    const redirectUri = 'http://127.0.0.1:9/callback';
    const callback = await approveSandboxConsent(buildAuthorizeUrl(oauthConnector.auth, settings, { clientId: client.clientId, redirectUri, state: 'x' }));
    const credentials = await exchangeAuthorizationCode(oauthConnector.auth, settings, { ...client, code: callback.searchParams.get('code') ?? '', redirectUri });
    const one = await readRecord({ connector: oauthConnector, stream: 'customers', externalId: 'CUS-000003', settings, credentials });
    expect(one).toMatchObject({ ok: true, externalId: 'CUS-000003', record: { name: expect.any(String) } });
    const missing = await readRecord({ connector: oauthConnector, stream: 'customers', externalId: 'CUS-999999', settings, credentials });
    expect(missing).toBeUndefined();
  });
});

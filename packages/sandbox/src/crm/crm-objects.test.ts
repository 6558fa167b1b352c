import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer } from '../sandbox.types';
import { startSandboxCrm } from './crm.server';

interface WireRecord {
  id: string;
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}
interface ListPage {
  results: WireRecord[];
  paging?: { next: { after: string; link: string } };
}

let crm: SandboxServer;
const auth = { authorization: 'Bearer pat-sandbox-crm' };

async function callCrm<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${crm.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...auth, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function searchModifiedAfter(type: string, sinceMs: number): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let after: string | undefined;
  let total = 0;
  do {
    const page = await callCrm<{ total: number; results: WireRecord[]; paging?: { next: { after: string } } }>(`/crm/v3/objects/${type}/search`, {
      method: 'POST',
      body: {
        filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GT', value: String(sinceMs) }] }],
        sorts: [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }],
        properties: ['email'],
        limit: 3,
        ...(after ? { after } : {}),
      },
    });
    total = page.body.total;
    ids.push(...page.body.results.map((record) => record.id));
    after = page.body.paging?.next.after;
  } while (after);
  return { total, ids };
}

beforeAll(async () => {
  crm = await startSandboxCrm({ counts: { contacts: 2500, companies: 40, deals: 60 }, maxPageSize: 1000 });
});
afterAll(() => crm.close());

describe('sandbox CRM objects', () => {
  it('pages a 2,500-contact list to the end, returning each id exactly once', async () => {
    const ids: string[] = [];
    let path: string | undefined = '/crm/v3/objects/contacts?limit=100&properties=email,phone,createdate';
    while (path) {
      const page: { status: number; body: ListPage } = await callCrm<ListPage>(path);
      expect(page.status).toBe(200);
      ids.push(...page.body.results.map((record) => record.id));
      const next = page.body.paging?.next;
      path = next ? new URL(next.link).pathname + new URL(next.link).search : undefined;
    }
    expect(ids).toHaveLength(2500);
    expect(new Set(ids).size).toBe(2500);
  });

  it('serves HubSpot-shaped records: string-or-null properties, default properties, limit cap', async () => {
    const { body } = await callCrm<ListPage>('/crm/v3/objects/companies?limit=5');
    const record = body.results[0] as WireRecord;
    expect(Object.keys(record.properties).sort()).toEqual(['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name']);
    for (const value of Object.values(record.properties)) expect(value === null || typeof value === 'string').toBe(true);
    expect(record.properties.hs_object_id).toBe(record.id);
    expect(Date.parse(record.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record.createdAt));
    const tooMany = await callCrm<{ category: string }>('/crm/v3/objects/contacts?limit=1001');
    expect(tooMany).toMatchObject({ status: 400, body: { category: 'VALIDATION_ERROR' } });
    const again = await callCrm<ListPage>('/crm/v3/objects/companies?limit=5');
    expect(again.body).toEqual(body);
  });

  it('search after mutate(10) returns exactly the 10 mutated records, and remove() moves records to archived', async () => {
    const cutoff = Date.UTC(2026, 0, 1);
    const before = await searchModifiedAfter('contacts', cutoff);
    expect(before.total).toBe(0);
    const mutated = await crm.mutate('contacts', 10);
    expect(new Set(mutated).size).toBe(10);
    const found = await searchModifiedAfter('contacts', cutoff);
    expect(found.total).toBe(10);
    expect([...found.ids].sort()).toEqual([...mutated].sort());

    const { body: last } = await callCrm<WireRecord>(`/crm/v3/objects/contacts/${found.ids[9]}`);
    const again = await crm.mutate('contacts', 3);
    const incremental = await searchModifiedAfter('contacts', Date.parse(last.updatedAt));
    expect(incremental.ids).toEqual(again);

    const removed = await crm.remove('contacts', 4);
    const archived = await callCrm<ListPage>('/crm/v3/objects/contacts?archived=true&limit=100');
    expect(archived.body.results.map((record) => record.id).sort()).toEqual([...removed].sort());
    expect(archived.body.results.every((record) => record.archived)).toBe(true);
    expect((await callCrm(`/crm/v3/objects/contacts/${removed[0]}`)).status).toBe(404);
    const searchable = await searchModifiedAfter('contacts', cutoff);
    expect(searchable.ids.some((id) => removed.includes(id))).toBe(false);
  });

  it('creates, patches and upserts into the overlay; identical upserts are no-ops', async () => {
    const created = await callCrm<WireRecord>('/crm/v3/objects/contacts', { method: 'POST', body: { properties: { email: 'new.person@example.com', firstname: 'New' } } });
    expect(created.status).toBe(201);
    expect(Number(created.body.id)).toBeGreaterThan(2500);
    const patched = await callCrm<WireRecord>(`/crm/v3/objects/contacts/${created.body.id}`, { method: 'PATCH', body: { properties: { lastname: 'Person' } } });
    expect(patched.body.properties).toMatchObject({ firstname: 'New', lastname: 'Person' });

    const existing = (await callCrm<WireRecord>('/crm/v3/objects/contacts/7?properties=email')).body.properties.email as string;
    const writesBefore = crm.stats().writes;
    const inputs = [
      { idProperty: 'email', id: existing.trim(), properties: { jobtitle: 'Buyer' } },
      { idProperty: 'email', id: 'brand.new@example.com', properties: { firstname: 'Brand' } },
    ];
    const first = await callCrm<{ status: string; results: (WireRecord & { new: boolean })[] }>('/crm/v3/objects/contacts/batch/upsert', { method: 'POST', body: { inputs } });
    expect(first.body.status).toBe('COMPLETE');
    expect(first.body.results.map((result) => [result.id, result.new])).toEqual([['7', false], [expect.any(String), true]]);
    const second = await callCrm<{ results: (WireRecord & { new: boolean })[] }>('/crm/v3/objects/contacts/batch/upsert', { method: 'POST', body: { inputs } });
    expect(second.body.results.map((result) => [result.id, result.new, result.updatedAt])).toEqual(
      first.body.results.map((result) => [result.id, false, result.updatedAt]),
    );
    expect(crm.stats().writes - writesBefore).toBe(2);
  });

  it('rejects invalid writes with HubSpot validation errors', async () => {
    const invalid = await callCrm<{ category: string; errors: { context: { propertyName: string[] } }[] }>('/crm/v3/objects/contacts', {
      method: 'POST',
      body: { properties: { email: 'not an email', favourite_colour: 'blue', hs_object_id: '5' } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.category).toBe('VALIDATION_ERROR');
    expect(invalid.body.errors.flatMap((error) => error.context.propertyName).sort()).toEqual(['email', 'favourite_colour', 'hs_object_id']);
    expect((await callCrm('/crm/v3/objects/tickets')).status).toBe(400);
    expect((await callCrm('/crm/v3/objects/contacts/999999')).status).toBe(404);
  });

  it('links deals to existing companies and serves a 1,000-record page quickly', async () => {
    const deals = await callCrm<ListPage>('/crm/v3/objects/deals?limit=60&properties=hs_primary_associated_company,amount');
    const companyIds = deals.body.results.map((deal) => deal.properties.hs_primary_associated_company).filter((id) => id !== null);
    expect(companyIds.length).toBeGreaterThan(30);
    for (const id of companyIds) expect(Number(id)).toBeLessThanOrEqual(40);
    const started = performance.now();
    const page = await callCrm<ListPage>('/crm/v3/objects/contacts?limit=1000&properties=email,firstname,lastname,phone,company,jobtitle,lifecyclestage,createdate,lastmodifieddate');
    expect(page.body.results).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

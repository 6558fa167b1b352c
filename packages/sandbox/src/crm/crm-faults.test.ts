import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer } from '../sandbox.types';
import { startSandboxCrm } from './crm.server';

interface ListPage {
  results: { id: string; properties: Record<string, unknown> }[];
  paging?: { next: { after: string } };
}

let crm: SandboxServer;
const listContacts = (query = 'limit=100&properties=email,phone') =>
  fetch(`${crm.url}/crm/v3/objects/contacts?${query}`, { headers: { authorization: 'Bearer pat-sandbox-crm' } });
const postControl = (path: string, body: unknown) =>
  fetch(`${crm.url}/__sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  crm = await startSandboxCrm({ counts: { contacts: 1000, companies: 10, deals: 10 }, malformedRate: 0.05 });
});
afterEach(() => crm.resetFaults());
afterAll(() => crm.close());

describe('sandbox CRM faults', () => {
  it('answers 429 with Retry-After and the HubSpot rate-limit body', async () => {
    crm.setFaults({ rate429: 1, retryAfterSeconds: 7 });
    const response = await listContacts();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toMatchObject({ status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' });
    expect((await fetch(`${crm.url}/__sandbox/stats`)).status).toBe(200);
  });

  it('answers 502 / 503 with a JSON body', async () => {
    crm.setFaults({ rate5xx: 1 });
    const statuses = [(await listContacts()).status, (await listContacts()).status];
    expect(statuses.sort()).toEqual([502, 503]);
    const body = (await (await listContacts()).json()) as { status: string };
    expect(body.status).toBe('error');
    expect(crm.stats().byStatus).toMatchObject({ 502: 2, 503: 1 });
  });

  it('destroys the socket mid-request on the reset fault', async () => {
    crm.setFaults({ resetRate: 1 });
    await expect(listContacts()).rejects.toThrow();
    expect(crm.stats().byStatus.reset).toBeGreaterThanOrEqual(1);
  });

  it('adds latency', async () => {
    crm.setFaults({ latencyMs: 150 });
    const started = performance.now();
    await (await listContacts('limit=1')).json();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('renames or retypes a property on drift', async () => {
    crm.setFaults({ drift: { object: 'contacts', field: 'email', renameTo: 'email_address' } });
    const renamed = ((await (await listContacts('limit=3&properties=email,firstname')).json()) as ListPage).results;
    for (const record of renamed) expect(Object.keys(record.properties).sort()).toEqual(['email_address', 'firstname']);
    crm.setFaults({ drift: { object: 'contacts', field: 'phone', retypeTo: 'object' } });
    const retyped = ((await (await listContacts('limit=3&properties=phone')).json()) as ListPage).results;
    for (const record of retyped) expect(Object.keys(record.properties.phone as object)).toEqual(['value']);
  });

  it('serves exactly the isMalformed records with bad values', async () => {
    const bad: string[] = [];
    const emailPattern = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;
    let after: string | undefined;
    do {
      const page = (await (await listContacts(`limit=100&properties=email${after ? `&after=${after}` : ''}`)).json()) as ListPage;
      for (const record of page.results) {
        const email = record.properties.email;
        if (email !== null && (typeof email !== 'string' || !emailPattern.test(email))) bad.push(record.id);
        expect(crm.isMalformed('contacts', record.id)).toBe(bad.includes(record.id));
      }
      after = page.paging?.next.after;
    } while (after);
    expect(bad.length).toBeGreaterThan(20);
    expect(bad.length).toBeLessThan(90);
    const probe = await fetch(`${crm.url}/__sandbox/malformed/contacts/${bad[0]}`);
    expect(await probe.json()).toEqual({ malformed: true });
  });

  it('exposes the same controls over HTTP and never faults /__sandbox routes', async () => {
    const set = await postControl('faults', { rate429: 1, retryAfterSeconds: 2 });
    expect(await set.json()).toMatchObject({ rate429: 1, retryAfterSeconds: 2 });
    expect((await fetch(`${crm.url}/__sandbox/faults`)).status).toBe(200);
    expect((await listContacts()).status).toBe(429);
    expect((await postControl('faults', { rate429: 2 })).status).toBe(400);
    const mutated = (await (await postControl('mutate', { object: 'deals', count: 3 })).json()) as { ids: string[] };
    expect(mutated.ids).toHaveLength(3);
    const removed = (await (await postControl('delete', { object: 'deals', count: 2 })).json()) as { ids: string[] };
    expect(removed.ids).toHaveLength(2);
    expect((await postControl('mutate', { object: 'tickets', count: 1 })).status).toBe(400);
    const reset = await postControl('reset', { stats: true });
    expect(await reset.json()).toMatchObject({ rate429: 0, malformedRate: 0.05 });
    expect((await listContacts('limit=1')).status).toBe(200);
    const stats = (await (await fetch(`${crm.url}/__sandbox/stats`)).json()) as { requests: number; byStatus: Record<string, number> };
    expect(stats).toMatchObject({ requests: 1, byStatus: { 200: 1 } });
  });
});

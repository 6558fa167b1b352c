import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../canonical/index';
import type { WriteItem } from '../../contract';
import { writeRecords } from '../../engine/write-records';
import { sendJson, startTestProvider, type TestProvider } from '../../engine/testing/test-provider';
import { connector } from './sandbox-crm-token.connector';

let provider: TestProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

interface UpsertBody {
  inputs: { idProperty: string; id: string; properties: Record<string, string | null> }[];
}

/** HubSpot-like batch upsert: one invalid input (an email containing "bad") refuses the whole batch. */
async function startCrm(): Promise<TestProvider> {
  let nextId = 100;
  provider = await startTestProvider((req, res) => {
    if (req.headers.authorization !== 'Bearer pat-1') return sendJson(res, 401, { status: 'error', category: 'INVALID_AUTHENTICATION', message: 'bad token' });
    const { inputs } = req.json as UpsertBody;
    const bad = inputs.filter((input) => input.id.includes('bad'));
    if (bad.length > 0) {
      const errors = bad.map((input) => ({ message: `Email address ${input.id} is invalid`, code: 'INVALID_PROPERTY_VALUE', context: { propertyName: ['email'] } }));
      return sendJson(res, 400, { status: 'error', category: 'VALIDATION_ERROR', message: 'Batch input was not valid', errors });
    }
    const results = [...inputs].reverse().map((input) => ({ id: String(nextId++), properties: { ...input.properties }, new: true }));
    sendJson(res, 200, { status: 'COMPLETE', results });
  });
  return provider;
}

function contactItem(n: number, email: string | null, deleted = false): WriteItem {
  const record: Contact = {
    email,
    firstName: `First${n}`,
    lastName: null,
    phone: null,
    companyName: null,
    jobTitle: null,
    lifecycleStage: 'lead',
    sourceCreatedAt: null,
    sourceUpdatedAt: null,
    custom: { ignored: 'not a CRM property' },
  };
  return { canonicalId: `c${n}`, version: 1, idempotencyKey: `k${n}`, record, deleted };
}

describe('sandbox-crm destination', () => {
  it('upserts by email, isolates invalid inputs as per-record failures, keeps outcomes aligned', async () => {
    const server = await startCrm();
    const emails = ['a@x.test', 'bad1@x.test', 'b@x.test', 'c@x.test', null, 'd@x.test', 'bad2@x.test', 'e@x.test'];
    const items = emails.map((email, n) => contactItem(n, email));
    items.push(contactItem(99, 'gone@x.test', true));
    const outcomes = await writeRecords({
      connector,
      settings: { baseUrl: server.url },
      credentials: { type: 'apiKey', apiKey: 'pat-1' },
      tenantId: 't1',
      model: 'contact',
      items,
    });
    expect(outcomes).toHaveLength(items.length);
    const okEmails = outcomes.flatMap((outcome, i) => (outcome.ok ? [emails[i]] : []));
    expect(okEmails).toEqual(['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test', 'e@x.test']);
    expect(outcomes[1]).toEqual({ ok: false, error: { code: 'destination_rejected', message: 'Email address bad1@x.test is invalid', path: ['properties', 'email'] } });
    expect(outcomes[6]).toMatchObject({ ok: false, error: { path: ['properties', 'email'] } });
    expect(outcomes[4]).toMatchObject({ ok: false, error: { code: 'destination_rejected', path: ['email'] } });
    expect(outcomes[8]).toMatchObject({ ok: false, error: { code: 'destination_rejected' } });
    expect(outcomes[0]).toMatchObject({ ok: true, written: true, externalId: expect.stringMatching(/^\d+$/) });
    const first = server.requests[0]?.json as UpsertBody;
    expect(first.inputs[0]).toEqual({
      idProperty: 'email',
      id: 'a@x.test',
      properties: { email: 'a@x.test', firstname: 'First0', lastname: null, phone: null, company: null, jobtitle: null, lifecyclestage: 'lead' },
    });
    expect(server.requests.every((r) => r.url.pathname === '/crm/v3/objects/contacts/batch/upsert')).toBe(true);
  });

  it('fails the whole batch fast as needs_reauth on a refused token', async () => {
    const server = await startCrm();
    const write = writeRecords({
      connector,
      settings: { baseUrl: server.url },
      credentials: { type: 'apiKey', apiKey: 'wrong' },
      tenantId: 't1',
      model: 'contact',
      items: [contactItem(1, 'a@x.test')],
    });
    await expect(write).rejects.toMatchObject({ code: 'needs_reauth', retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses models the CRM does not write', async () => {
    const server = await startCrm();
    const write = writeRecords({ connector, settings: { baseUrl: server.url }, credentials: { type: 'apiKey', apiKey: 'pat-1' }, tenantId: 't1', model: 'deal', items: [] });
    await expect(write).rejects.toMatchObject({ code: 'config' });
  });
});

import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxCrmServer } from '../sandbox.types';
import { startSandboxCrm } from './crm.server';
import { signHubspotV3 } from './hubspot-signature';

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

const deliveries: Delivery[] = [];
let failuresLeft = 1;
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.statusCode = failuresLeft-- > 0 ? 500 : 204;
    res.end();
  });
});
let targetUrl = '';
let crm: SandboxCrmServer;
const secret = 'webhook-secret';

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(predicate()).toBe(true);
}

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/hubspot?tenant=t1`;
  crm = await startSandboxCrm({
    counts: { contacts: 50, companies: 5, deals: 5 },
    clients: [{ clientId: 'app', clientSecret: secret }],
    webhookTargetUrl: targetUrl,
    webhookRetryDelaysMs: [20, 20],
  });
});
afterAll(async () => {
  await crm.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('sandbox CRM webhooks', () => {
  it('posts signed HubSpot v3 event batches for changes, retrying failed deliveries', async () => {
    const ids = await crm.mutate('contacts', 2);
    await waitFor(() => deliveries.length >= 2);
    const [failed, retried] = deliveries as [Delivery, Delivery];
    const events = JSON.parse(retried.body) as { objectId: number; subscriptionType: string; attemptNumber: number; propertyName?: string }[];
    expect(JSON.parse(failed.body)[0].attemptNumber).toBe(0);
    expect(events.every((event) => event.attemptNumber === 1 && event.subscriptionType === 'contact.propertyChange')).toBe(true);
    expect(new Set(events.map((event) => String(event.objectId)))).toEqual(new Set(ids));
    expect(events.map((event) => event.propertyName)).toContain('lifecyclestage');

    const timestamp = String(retried.headers['x-hubspot-request-timestamp']);
    const expected = signHubspotV3({ clientSecret: secret, method: 'POST', uri: targetUrl, body: retried.body, timestamp });
    expect(retried.headers['x-hubspot-signature-v3']).toBe(expected);
    expect(signHubspotV3({ clientSecret: 'other', method: 'POST', uri: targetUrl, body: retried.body, timestamp })).not.toBe(expected);

    const removed = await crm.remove('contacts', 1);
    await waitFor(() => deliveries.length >= 3);
    expect(JSON.parse((deliveries[2] as Delivery).body)).toMatchObject([{ subscriptionType: 'contact.deletion', objectId: Number(removed[0]), changeSource: 'CRM' }]);

    await fetch(`${crm.url}/crm/v3/objects/companies`, {
      method: 'POST',
      headers: { authorization: 'Bearer pat-sandbox-crm', 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { name: 'Webhook Co', domain: 'webhook.example' } }),
    });
    await waitFor(() => deliveries.length >= 4);
    expect(JSON.parse((deliveries[3] as Delivery).body)).toMatchObject([{ subscriptionType: 'company.creation', objectId: 6 }]);
    expect(crm.stats().webhooks).toEqual({ delivered: 3, failed: 0 });
  });

  it('changes or clears the webhook target at runtime over /__sandbox/webhook', async () => {
    const cleared = await fetch(`${crm.url}/__sandbox/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: null }) });
    expect(await cleared.json()).toEqual({ url: null });
    const count = deliveries.length;
    await crm.mutate('deals', 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deliveries.length).toBe(count);
    crm.setWebhookTarget(targetUrl);
    await crm.mutate('deals', 1);
    await waitFor(() => deliveries.length === count + 1);
    expect(JSON.parse((deliveries[count] as Delivery).body)[0]).toMatchObject({ subscriptionType: 'deal.propertyChange', portalId: 62515 });
  });
});

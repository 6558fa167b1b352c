import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { WebhookRequest } from '../../contract';
import { resolveStream } from '../../engine/connector-settings';
import { processRecord } from '../../engine/process-record';
import { connector } from './webhook.connector';
import { verifySignature } from './verify-signature';

const fixture = async (name: string) => JSON.parse(await readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

const settings = connector.settings.parse({
  signature: { header: 'X-Hub-Signature-256', prefix: 'sha256=' },
  events: {
    listPath: 'events',
    idPath: 'eventId',
    kindPath: 'type',
    deleteKinds: ['contact.deleted'],
    recordPath: 'object',
    occurredAtPath: 'at',
  },
  streams: [
    {
      name: 'contacts',
      model: 'contact',
      kinds: ['contact.created', 'contact.updated', 'contact.deleted'],
      fieldMap: { email: 'email', firstName: 'name.first', lastName: 'name.last' },
    },
    { name: 'companies', model: 'company', kinds: ['company.created'], fieldMap: { name: 'title' }, customFields: 'none' },
  ],
});

const secret = 'whsec_test';
const sign = (body: string, key = secret, encoding: 'hex' | 'base64' = 'hex') => createHmac('sha256', key).update(body).digest(encoding);
const request = (rawBody: string, headers: Record<string, string | undefined>): WebhookRequest => ({ method: 'POST', url: '/hooks/x', headers, rawBody });

describe('webhook source', () => {
  const webhook = connector.webhook;
  if (!webhook) throw new Error('the webhook connector must declare webhook handling');
  const body = JSON.stringify({ events: [] });

  it('accepts a correct signature and refuses a wrong, missing or foreign one', () => {
    expect(webhook.verify(request(body, { 'x-hub-signature-256': `sha256=${sign(body)}` }), settings, secret)).toBe(true);
    expect(webhook.verify(request(body, { 'X-Hub-Signature-256': `sha256=${sign(body)}` }), settings, secret)).toBe(true);
    expect(webhook.verify(request(`${body} `, { 'x-hub-signature-256': `sha256=${sign(body)}` }), settings, secret)).toBe(false);
    expect(webhook.verify(request(body, { 'x-hub-signature-256': `sha256=${sign(body, 'other')}` }), settings, secret)).toBe(false);
    expect(webhook.verify(request(body, { 'x-hub-signature-256': sign(body) }), settings, secret)).toBe(false);
    expect(webhook.verify(request(body, { 'x-hub-signature-256': 'sha256=abc' }), settings, secret)).toBe(false);
    expect(webhook.verify(request(body, {}), settings, secret)).toBe(false);
    expect(webhook.verify(request(body, { 'x-hub-signature-256': `sha256=${sign(body, '')}` }), settings, '')).toBe(false);
  });

  it('accepts any of several signatures (secret rotation)', () => {
    const header = `sha256=${sign(body, 'old')}, sha256=${sign(body)}`;
    expect(webhook.verify(request(body, { 'x-hub-signature-256': header }), settings, secret)).toBe(true);
  });

  it('signs `<timestamp>.<body>` in base64 and refuses stale timestamps', () => {
    const signature = { header: 'Webhook-Signature', encoding: 'base64' as const, prefix: '', timestamp: { header: 'Webhook-Timestamp', toleranceSeconds: 300, unit: 'seconds' as const } };
    const now = Date.UTC(2026, 0, 1, 12);
    const stamp = String(now / 1000);
    const headers = (at: string, sig: string) => ({ 'webhook-timestamp': at, 'webhook-signature': sig });
    const good = sign(`${stamp}.${body}`, secret, 'base64');
    expect(verifySignature(request(body, headers(stamp, good)), signature, secret, now)).toBe(true);
    expect(verifySignature(request(body, headers(stamp, good)), signature, secret, now + 301_000)).toBe(false);
    expect(verifySignature(request(body, headers(String(now / 1000 + 1), good)), signature, secret, now)).toBe(false);
    expect(verifySignature(request(body, headers(stamp, sign(body, secret, 'base64'))), signature, secret, now)).toBe(false);
    expect(verifySignature(request(body, { 'webhook-signature': good }), signature, secret, now)).toBe(false);
  });

  it('maps a delivery to inbound events like the golden fixture, ignoring unrouted kinds', async () => {
    const events = webhook.toEvents(await fixture('contact-events.payload.json'), settings);
    expect(events).toEqual(await fixture('contact-events.events.json'));
  });

  it('normalizes event records through the routed stream', async () => {
    const [first] = webhook.toEvents(await fixture('contact-events.payload.json'), settings);
    if (!first) throw new Error('the delivery must map to events');
    const stream = resolveStream(connector, settings, first.stream);
    const processed = processRecord(stream, settings, first.raw);
    expect(processed.result).toMatchObject({
      ok: true,
      externalId: 'c-1',
      record: { email: 'ann@example.com', firstName: 'Ann', lastName: 'Lee', custom: { plan: 'pro' } },
    });
  });

  it('refuses a delivery whose events carry no id', () => {
    expect(() => webhook.toEvents({ events: [{ type: 'contact.updated', object: { id: 'c-1' } }] }, settings)).toThrow(/no id at "eventId"/);
    expect(() => webhook.toEvents({ nothing: true }, settings)).toThrow(/no event list/);
  });
});

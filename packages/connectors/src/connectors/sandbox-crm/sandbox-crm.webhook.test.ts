import { describe, expect, it } from 'vitest';
import type { WebhookRequest } from '../../contract';
import { signHubspotRequest, toHubspotEvents, verifyHubspotSignature } from './sandbox-crm.webhook';

const secret = 'sandbox-crm-secret';
const url = 'https://hub.example.com/webhooks/sandbox-crm/conn_1?x=1';
const rawBody = JSON.stringify([{ eventId: 100, subscriptionType: 'contact.creation', objectId: 7, occurredAt: 1767225600000 }]);

function signed(timestamp: number, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  const ts = String(timestamp);
  return {
    method: 'POST',
    url,
    rawBody,
    headers: { 'X-HubSpot-Signature-v3': signHubspotRequest(secret, 'POST', url, rawBody, ts), 'X-HubSpot-Request-Timestamp': ts },
    ...overrides,
  };
}

describe('HubSpot v3 webhook signature', () => {
  const now = Date.parse('2026-01-01T00:10:00Z');

  it('accepts a fresh, correctly signed request (header names in any case)', () => {
    const req = signed(now - 1000);
    const lower = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyHubspotSignature(req, secret, now)).toBe(true);
    expect(verifyHubspotSignature({ ...req, headers: lower }, secret, now)).toBe(true);
  });

  it('rejects a tampered body, a wrong secret, a different URI, a stale timestamp and missing headers', () => {
    expect(verifyHubspotSignature({ ...signed(now), rawBody: rawBody.replace('7', '8') }, secret, now)).toBe(false);
    expect(verifyHubspotSignature(signed(now), 'other-secret', now)).toBe(false);
    expect(verifyHubspotSignature({ ...signed(now), url: url.replace('x=1', 'x=2') }, secret, now)).toBe(false);
    expect(verifyHubspotSignature(signed(now - 5 * 60 * 1000 - 1), secret, now)).toBe(false);
    expect(verifyHubspotSignature({ ...signed(now), headers: {} }, secret, now)).toBe(false);
  });
});

describe('toHubspotEvents', () => {
  it('maps subscription types to streams and kinds, skipping association events', () => {
    const events = toHubspotEvents([
      { eventId: 1, subscriptionType: 'contact.creation', objectId: 11, occurredAt: 1767225600000, portalId: 9 },
      { eventId: 2, subscriptionType: 'company.propertyChange', objectId: 22, occurredAt: 1767225601000, propertyName: 'name', propertyValue: 'X' },
      { eventId: 3, subscriptionType: 'deal.deletion', objectId: 33, occurredAt: '1767225602000' },
      { eventId: 4, subscriptionType: 'contact.associationChange', objectId: 11, occurredAt: 1767225603000 },
    ]);
    expect(events).toEqual([
      { eventId: '1', stream: 'contacts', kind: 'upsert', externalId: '11', occurredAt: '2026-01-01T00:00:00.000Z' },
      { eventId: '2', stream: 'companies', kind: 'upsert', externalId: '22', occurredAt: '2026-01-01T00:00:01.000Z' },
      { eventId: '3', stream: 'deals', kind: 'delete', externalId: '33', occurredAt: '2026-01-01T00:00:02.000Z' },
    ]);
  });

  it('refuses a payload that is not a HubSpot event batch', () => {
    expect(() => toHubspotEvents({ not: 'an array' })).toThrow(/HubSpot webhook/);
  });
});

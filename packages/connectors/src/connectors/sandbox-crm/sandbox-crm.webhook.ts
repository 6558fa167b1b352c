import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { InboundEvent, WebhookDef, WebhookRequest } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import type { SandboxCrmSettings } from './sandbox-crm.settings';

/** HubSpot rejects signatures older than five minutes; so do we. */
export const maxSignatureAgeMs = 5 * 60 * 1000;

function readHeader(req: WebhookRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** HubSpot signature v3: base64 HMAC-SHA256(secret, method + URI + body + timestamp). */
export function signHubspotRequest(secret: string, method: string, uri: string, rawBody: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${method.toUpperCase()}${uri}${rawBody}${timestamp}`).digest('base64');
}

/** Checks `X-HubSpot-Signature-v3` and the freshness of `X-HubSpot-Request-Timestamp`. */
export function verifyHubspotSignature(req: WebhookRequest, secret: string, nowMs = Date.now()): boolean {
  const signature = readHeader(req, 'x-hubspot-signature-v3');
  const timestamp = readHeader(req, 'x-hubspot-request-timestamp');
  if (!signature || !timestamp || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowMs - Number(timestamp)) > maxSignatureAgeMs) return false;
  const expected = Buffer.from(signHubspotRequest(secret, req.method, req.url, req.rawBody, timestamp));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const idValue = z.union([z.string().min(1), z.number()]).transform(String);

const hubspotEventSchema = z.object({
  eventId: idValue,
  subscriptionType: z.string().min(1),
  objectId: idValue,
  /** epoch milliseconds (HubSpot sends a number) */
  occurredAt: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number), z.iso.datetime({ offset: true }).transform(Date.parse)]),
  propertyName: z.string().optional(),
  propertyValue: z.string().nullable().optional(),
});
const hubspotEventsSchema = z.array(hubspotEventSchema);

const streamsByObject: Record<string, string> = { contact: 'contacts', company: 'companies', deal: 'deals' };

/** `contact.propertyChange` -> stream "contacts", upsert; `*.deletion` -> delete. Other subscriptions are skipped. */
export function toHubspotEvents(payload: unknown): InboundEvent[] {
  const parsed = hubspotEventsSchema.safeParse(payload);
  if (!parsed.success) throw new ConnectorError('bad_request', `not a HubSpot webhook batch: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data.flatMap((event) => {
    const [object, action] = event.subscriptionType.split('.');
    const stream = object ? streamsByObject[object] : undefined;
    if (!stream || !action || action.startsWith('association')) return [];
    return [
      {
        eventId: event.eventId,
        stream,
        kind: action === 'deletion' ? 'delete' : 'upsert',
        externalId: event.objectId,
        occurredAt: new Date(event.occurredAt).toISOString(),
      },
    ];
  });
}

export const sandboxCrmWebhook: WebhookDef<SandboxCrmSettings> = {
  verify: (req, _settings, secret) => verifyHubspotSignature(req, secret),
  toEvents: (payload) => toHubspotEvents(payload),
};

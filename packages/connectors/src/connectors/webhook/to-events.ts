import type { InboundEvent } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { readPath } from '../../engine/dotted-path';
import { toIsoDateTime } from '../rest-declarative/coerce-field';
import { readId } from '../rest-declarative/read-id';
import type { WebhookSettings, WebhookStreamSettings } from './webhook-settings';

/**
 * Turns a verified payload into inbound events: one per provider event whose kind a stream takes
 * (others, like pings, are ignored). An event without id or record id is a malformed delivery.
 */
export function mapWebhookEvents(payload: unknown, settings: WebhookSettings, now: () => Date = () => new Date()): InboundEvent[] {
  const shape = settings.events;
  const list = shape.listPath ? readPath(payload, shape.listPath) : Array.isArray(payload) ? payload : [payload];
  if (!Array.isArray(list)) throw new ConnectorError('bad_request', `webhook payload has no event list at "${shape.listPath}"`);
  return list.flatMap((event: unknown, index): InboundEvent[] => {
    const kind = shape.kindPath ? readPath(event, shape.kindPath) : undefined;
    const kindText = typeof kind === 'string' ? kind : undefined;
    const stream = pickStream(settings.streams, kindText);
    if (!stream) return [];
    const eventId = readId(event, shape.idPath);
    if (eventId === undefined) throw new ConnectorError('bad_request', `webhook event ${index} has no id at "${shape.idPath}"`);
    const record = shape.recordPath === undefined ? undefined : readPath(event, shape.recordPath);
    const raw = record !== null && typeof record === 'object' && !Array.isArray(record) ? record : undefined;
    const externalId = shape.externalIdPath ? readId(event, shape.externalIdPath) : raw ? readId(raw, stream.idField) : undefined;
    if (externalId === undefined) throw new ConnectorError('bad_request', `webhook event ${eventId} names no record id`);
    const occurred = shape.occurredAtPath ? toIsoDateTime(readPath(event, shape.occurredAtPath)) : undefined;
    return [
      {
        eventId,
        stream: stream.name,
        kind: kindText !== undefined && shape.deleteKinds.includes(kindText) ? 'delete' : 'upsert',
        externalId,
        occurredAt: occurred ?? now().toISOString(),
        ...(raw ? { raw } : {}),
      },
    ];
  });
}

function pickStream(streams: WebhookStreamSettings[], kind: string | undefined): WebhookStreamSettings | undefined {
  return streams.find((stream) => stream.kinds.length === 0 || (kind !== undefined && stream.kinds.includes(kind)));
}

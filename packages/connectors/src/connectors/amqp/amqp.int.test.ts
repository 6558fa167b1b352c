import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../canonical/index';
import type { DestinationContext, HttpClient, WriteItem } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { connector } from './amqp.connector';
import type { AmqpSettings } from './amqp-settings';
import type { ChangeEvent } from './publish-batch';

const brokerUrl = process.env.TRIBUTARY_TEST_AMQP_URL ?? 'amqp://127.0.0.1:5672';
const unusedHttp: HttpClient = { request: () => Promise.reject(new Error('no HTTP here')) };

function buildItem(n: number, deleted = false): WriteItem<'contact'> {
  const record: Contact = {
    email: `p${n}@example.com`,
    firstName: `P${n}`,
    lastName: null,
    phone: null,
    companyName: null,
    jobTitle: null,
    lifecycleStage: null,
    sourceCreatedAt: null,
    sourceUpdatedAt: null,
    custom: {},
  };
  return { canonicalId: `c-${n}`, version: n, idempotencyKey: `idem-${n}`, record, ...(deleted ? { deleted } : {}) };
}

describe('amqp destination', () => {
  const exchange = `tributary.test.${randomBytes(4).toString('hex')}`;
  const settings: AmqpSettings = connector.settings.parse({ url: brokerUrl, exchange });
  const destination = connector.destination;
  if (!destination) throw new Error('amqp must declare a destination');
  const ctx: DestinationContext<AmqpSettings> = {
    settings,
    tenantId: 'acme.eu',
    credentials: { type: 'basic', username: 'guest', password: 'guest' },
    http: unusedHttp,
  };
  let consumer: amqp.ChannelModel;
  let channel: amqp.Channel;
  const received: { routingKey: string; messageId: unknown; deliveryMode: unknown; body: ChangeEvent }[] = [];

  beforeAll(async () => {
    consumer = await amqp.connect(brokerUrl.replace('amqp://', 'amqp://guest:guest@'));
    channel = await consumer.createChannel();
    await channel.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, exchange, 'acme_eu.#');
    await channel.consume(queue, (message) => {
      if (!message) return;
      received.push({
        routingKey: message.fields.routingKey,
        messageId: message.properties.messageId,
        deliveryMode: message.properties.deliveryMode,
        body: JSON.parse(message.content.toString('utf8')) as ChangeEvent,
      });
      channel.ack(message);
    });
  });

  afterAll(async () => {
    await destination.close?.(settings);
    await channel?.deleteExchange(exchange).catch(() => undefined);
    await consumer?.close();
  });

  it('publishes each change once, confirmed, with the routing key and idempotency key', async () => {
    const outcomes = await destination.write(ctx, 'contact', [buildItem(1), buildItem(2), buildItem(3, true)]);
    expect(outcomes).toEqual([
      { ok: true, externalId: 'idem-1', written: true },
      { ok: true, externalId: 'idem-2', written: true },
      { ok: true, externalId: 'idem-3', written: true },
    ]);
    await destination.write(ctx, 'deal', [
      {
        canonicalId: 'd-1',
        version: 7,
        idempotencyKey: 'idem-d1',
        record: { name: 'Big deal', amount: 10, currency: 'EUR', stage: null, pipeline: null, closeDate: null, companyExternalId: null, sourceCreatedAt: null, sourceUpdatedAt: null, custom: {} },
      },
    ]);
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(4);
    expect(received.map((m) => [m.routingKey, m.messageId, m.deliveryMode])).toEqual([
      ['acme_eu.contact.upsert', 'idem-1', 2],
      ['acme_eu.contact.upsert', 'idem-2', 2],
      ['acme_eu.contact.delete', 'idem-3', 2],
      ['acme_eu.deal.upsert', 'idem-d1', 2],
    ]);
    expect(received[0]?.body).toEqual({ canonicalId: 'c-1', version: 1, model: 'contact', op: 'upsert', record: buildItem(1).record });
    expect(received[2]?.body).toMatchObject({ canonicalId: 'c-3', op: 'delete' });
  });

  it('publishes a large batch with bounded buffering', async () => {
    const before = received.length;
    const items = Array.from({ length: 2000 }, (_, i) => buildItem(1000 + i));
    const outcomes = await destination.write(ctx, 'contact', items);
    expect(outcomes.every((o) => o.ok && o.written)).toBe(true);
    await expect.poll(() => received.length - before, { timeout: 10_000 }).toBe(2000);
    expect(new Set(received.slice(before).map((m) => m.messageId)).size).toBe(2000);
  });

  it('reports refused credentials as needs_reauth', async () => {
    const wrong = { ...ctx, credentials: { type: 'basic' as const, username: 'guest', password: 'wrong' } };
    const failure = await destination.write(wrong, 'contact', [buildItem(9)]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ code: 'needs_reauth', retryable: false });
    expect(String((failure as Error).message)).not.toContain('wrong');
  });
});

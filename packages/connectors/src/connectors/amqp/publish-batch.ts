import type { CanonicalModelName } from '../../canonical/index';
import type { WriteItem, WriteOutcome } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { classifyAmqpError, type AmqpLink } from './amqp-channel';
import { buildRoutingKey, type AmqpSettings } from './amqp-settings';

/** The body of every change event on the exchange. */
export interface ChangeEvent {
  canonicalId: string;
  version: number;
  model: CanonicalModelName;
  op: 'upsert' | 'delete';
  record: WriteItem['record'];
}

/**
 * Publishes one persistent message per item and resolves once the broker confirmed every one:
 * a write only succeeds when the broker owns the message. A nack or a missing confirm fails the
 * whole batch as retryable; consumers de-duplicate the redelivery on `messageId` (the idempotency key).
 */
export async function publishBatch(
  link: AmqpLink,
  settings: AmqpSettings,
  tenantId: string,
  model: CanonicalModelName,
  items: readonly WriteItem[],
): Promise<WriteOutcome[]> {
  await assertExchange(link, settings.exchange);
  const confirms: Promise<void>[] = [];
  for (const item of items) {
    const op = item.deleted ? 'delete' : 'upsert';
    const event: ChangeEvent = { canonicalId: item.canonicalId, version: item.version, model, op, record: item.record };
    const routingKey = buildRoutingKey(settings.routingKey, { tenant: tenantId, model, op });
    let accepted = true;
    confirms.push(
      new Promise<void>((resolve, reject) => {
        accepted = link.channel.publish(
          settings.exchange,
          routingKey,
          Buffer.from(JSON.stringify(event)),
          {
            persistent: true,
            messageId: item.idempotencyKey,
            contentType: 'application/json',
            type: `${model}.${op}`,
            timestamp: Math.floor(Date.now() / 1000),
            appId: 'tributary',
            headers: { 'x-tributary-tenant': tenantId, 'x-tributary-version': item.version },
          },
          (error: unknown) => (error ? reject(new ConnectorError('provider_unavailable', 'the broker rejected a message (nack)')) : resolve()),
        );
      }),
    );
    // the socket buffer is full: let it drain before publishing more (bounded memory)
    if (!accepted) await waitForDrainOrClose(link);
  }
  await awaitConfirms(Promise.all(confirms), settings.confirmTimeoutMs, link);
  return items.map((item) => ({ ok: true, externalId: item.idempotencyKey, written: true }));
}

async function assertExchange(link: AmqpLink, exchange: string): Promise<void> {
  if (link.assertedExchanges.has(exchange)) return;
  try {
    await link.channel.assertExchange(exchange, 'topic', { durable: true });
  } catch (error) {
    throw classifyAmqpError(error);
  }
  link.assertedExchanges.add(exchange);
}

function waitForDrainOrClose(link: AmqpLink): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      link.channel.off('drain', done);
      link.channel.off('close', done);
      resolve();
    };
    link.channel.on('drain', done);
    link.channel.on('close', done);
  });
}

/** Waits for every confirm; fails on timeout or when the channel closes first. */
async function awaitConfirms(confirmed: Promise<unknown>, timeoutMs: number, link: AmqpLink): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let onClose: (() => void) | undefined;
  const interrupted = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectorError('timeout', `no broker confirm within ${timeoutMs} ms`)), timeoutMs);
    onClose = () => reject(new ConnectorError('network', 'the broker channel closed before confirming'));
    link.channel.once('close', onClose);
  });
  try {
    await Promise.race([confirmed, interrupted]);
  } finally {
    clearTimeout(timer);
    if (onClose) link.channel.off('close', onClose);
    // whichever lost the race must not surface as an unhandled rejection
    confirmed.catch(() => undefined);
    interrupted.catch(() => undefined);
  }
}

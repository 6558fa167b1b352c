import { canonicalModelNames } from '../../canonical/index';
import { defineConnector } from '../../define';
import { buildBrokerUrl, closeAmqpLinks, openAmqpLink } from './amqp-channel';
import { amqpSettingsSchema } from './amqp-settings';
import { publishBatch } from './publish-batch';

/**
 * RabbitMQ destination: every canonical change becomes a persistent JSON message
 * `{ canonicalId, version, model, op, record }` on a durable topic exchange, routed by
 * `<tenant>.<model>.<op>`, with `messageId` = the idempotency key. Publisher confirms make
 * a write succeed only once the broker has the message.
 */
export const connector = defineConnector({
  id: 'amqp',
  label: 'RabbitMQ (AMQP 0-9-1)',
  category: 'queue',
  description: 'Publishes change events to a topic exchange with publisher confirms.',
  auth: { type: 'basic' },
  settings: amqpSettingsSchema,
  streams: [],
  async check({ settings, credentials }) {
    await openAmqpLink(buildBrokerUrl(settings.url, credentials));
  },
  destination: {
    models: [...canonicalModelNames],
    async write(ctx, model, items) {
      if (items.length === 0) return [];
      const link = await openAmqpLink(buildBrokerUrl(ctx.settings.url, ctx.credentials));
      return publishBatch(link, ctx.settings, ctx.tenantId, model, items);
    },
    async close(settings) {
      await closeAmqpLinks(settings.url);
    },
  },
});

export default connector;

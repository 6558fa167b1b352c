import type { AnyStreamDef } from '../../contract';
import { defineConnector, defineStream } from '../../define';
import { describeMappedRecords, type RawRecord } from '../rest-declarative/mapped-records';
import { mapWebhookEvents } from './to-events';
import { verifySignature } from './verify-signature';
import { webhookSettingsSchema, type WebhookSettings, type WebhookStreamSettings } from './webhook-settings';

/** A push-only stream: records arrive in webhook events; a pull read yields nothing. */
function buildWebhookStream(config: WebhookStreamSettings): AnyStreamDef<WebhookSettings> {
  return defineStream<WebhookSettings, RawRecord>({
    name: config.name,
    pageSize: 100,
    ...describeMappedRecords(config),
    // nothing to pull: one empty, final page
    fetch: async function* () {
      yield { records: [], cursor: undefined };
    },
  });
}

/** Generic signed-JSON webhook source; its streams (one per routed set of event kinds) come from the settings. */
export const connector = defineConnector({
  id: 'webhook',
  label: 'Inbound webhook',
  category: 'webhook',
  description: 'Receives HMAC-signed JSON events from any system and maps their records to canonical models.',
  // the shared HMAC secret is the connection's webhook secret, handed to verify()
  auth: { type: 'none' },
  settings: webhookSettingsSchema,
  streams: [],
  resolveStreams: (settings) => settings.streams.map(buildWebhookStream),
  webhook: {
    verify: (req, settings, secret) => verifySignature(req, settings.signature, secret),
    toEvents: (payload, settings) => mapWebhookEvents(payload, settings),
  },
});

export default connector;

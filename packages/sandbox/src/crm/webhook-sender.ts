import { setTimeout as sleep } from 'node:timers/promises';
import { type StatsCounter } from '../core/request-stats';
import { signHubspotV3 } from './hubspot-signature';

export type WebhookObject = 'contact' | 'company' | 'deal';
export type WebhookChangeKind = 'creation' | 'propertyChange' | 'deletion';

export interface WebhookChange {
  object: WebhookObject;
  kind: WebhookChangeKind;
  objectId: number;
  propertyName?: string;
  propertyValue?: string | null;
}

export interface WebhookSender {
  send(changes: WebhookChange[]): void;
  target(): string | null;
  setTarget(url: string | null): void;
  close(): Promise<void>;
}

export interface WebhookSenderOptions {
  targetUrl: string | undefined;
  clientSecret: string;
  stats: StatsCounter;
  portalId?: number;
  appId?: number;
  /** Delays before each retry; the number of entries is the number of retries. */
  retryDelaysMs?: number[];
}

const batchSize = 100;
const subscriptionTypes = ['contact', 'company', 'deal'].flatMap((object) =>
  ['creation', 'propertyChange', 'deletion'].map((kind) => `${object}.${kind}`),
);

function readSubscriptionId(type: string): number {
  return 4_100_000 + subscriptionTypes.indexOf(type);
}

/** Delivers HubSpot-style signed webhook batches in the background, retrying with backoff. Never throws. */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { clientSecret, stats, portalId = 62515, appId = 1160452, retryDelaysMs = [250, 1000, 4000] } = options;
  const closing = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let nextEventId = 1;
  let targetUrl = options.targetUrl ?? null;

  async function deliver(url: string, changes: WebhookChange[], occurredAt: number, firstEventId: number): Promise<void> {
    for (let attempt = 0; attempt <= retryDelaysMs.length && !closing.signal.aborted; attempt += 1) {
      const events = changes.map((change, offset) => ({
        eventId: firstEventId + offset,
        subscriptionId: readSubscriptionId(`${change.object}.${change.kind}`),
        portalId,
        appId,
        occurredAt,
        subscriptionType: `${change.object}.${change.kind}`,
        attemptNumber: attempt,
        objectId: change.objectId,
        ...(change.propertyName === undefined ? {} : { propertyName: change.propertyName, propertyValue: change.propertyValue ?? '' }),
        changeSource: 'CRM',
      }));
      const body = JSON.stringify(events);
      const timestamp = Date.now();
      const signature = signHubspotV3({ clientSecret, method: 'POST', uri: url, body, timestamp });
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': String(timestamp) },
          body,
          signal: AbortSignal.any([closing.signal, AbortSignal.timeout(5000)]),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          stats.countWebhook('delivered');
          return;
        }
      } catch {
        // network failure or timeout: retried below
      }
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) break;
      await sleep(delay, undefined, { signal: closing.signal }).catch(() => undefined);
    }
    stats.countWebhook('failed');
  }

  return {
    send(changes) {
      const url = targetUrl;
      if (!url || changes.length === 0 || closing.signal.aborted) return;
      const occurredAt = Date.now();
      for (let start = 0; start < changes.length; start += batchSize) {
        const batch = changes.slice(start, start + batchSize);
        const delivery = deliver(url, batch, occurredAt, nextEventId).catch(() => undefined);
        nextEventId += batch.length;
        inFlight.add(delivery);
        void delivery.finally(() => inFlight.delete(delivery));
      }
    },
    target: () => targetUrl,
    setTarget(url) {
      targetUrl = url;
    },
    async close() {
      closing.abort();
      await Promise.all(inFlight);
    },
  };
}

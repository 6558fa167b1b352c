import { hash } from 'node:crypto';
import { computeBackoffMs, isConnectorError, writeRecords, type CanonicalModelName, type CanonicalRecord, type WriteItem, type WriteOutcome } from '@tributary/connectors';
import { withTenantConnection } from '@tributary/db';
import { insertDeadLetters, insertRecordDeliveries, selectDeliveredVersions, type DeadLetterRow, type DeliveryRow } from '@tributary/db/bulk';
import type { OpenedConnection } from '../../connections/index';
import { addChecksums } from '../mapping/canonical-json';
import type { SyncDeps } from '../sync-deps';
import { writeDeliveryWatermark } from './checkpoint';
import { addDeliveryCounts, type DeliveryCounts } from './run-counters';
import { changeTerm } from './stage-records';

/** A canonical record version to push. */
export interface DeliveryItem {
  canonicalId: string;
  version: number;
  record: Record<string, unknown>;
  /** the record's canonical JSON text, when at hand (a fresh hub change) */
  json?: string;
  hash: string;
  deleted: boolean;
  /** the run whose change this is, when not the delivering run (a recovery sweep's carry-over) */
  fromRunId?: string | null;
}

export interface DeliveryScope {
  tenantId: string;
  runId: string | null;
  syncConfigId: string;
  model: CanonicalModelName;
}

/** sha256(destination connection, canonical id, canonical version): a version reaches a destination once. */
export function computeIdempotencyKey(destinationConnectionId: string, canonicalId: string, version: number): string {
  return hash('sha256', `${destinationConnectionId}:${canonicalId}:${version}`, 'hex');
}

const batchAttempts = 4;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The destination's `write`, with the whole call retried (jittered backoff, Retry-After honoured) while it fails retryably. */
async function writeWithRetry(deps: SyncDeps, scope: DeliveryScope, destination: OpenedConnection, items: WriteItem[], signal?: AbortSignal): Promise<WriteOutcome[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeRecords({
        connector: destination.connector,
        settings: destination.settings,
        credentials: destination.credentials,
        auth: destination.auth,
        rateLimiter: deps.rateLimiter,
        rateLimitKey: destination.rateLimitKey,
        fetchImpl: deps.fetchImpl,
        tenantId: scope.tenantId,
        model: scope.model,
        items,
        signal,
      });
    } catch (error) {
      if (!isConnectorError(error) || !error.retryable || attempt >= batchAttempts || signal?.aborted) throw error;
      const delay = Math.min(error.retryAfterMs ?? computeBackoffMs(attempt, { maxAttempts: batchAttempts, baseDelayMs: 500, maxDelayMs: 15_000 }), 30_000);
      await sleep(delay);
    }
  }
}

/** Newest version per record: a destination never needs an older one in the same batch. */
function pickNewest(items: readonly DeliveryItem[]): DeliveryItem[] {
  const newest = new Map<string, DeliveryItem>();
  for (const item of items) {
    const seen = newest.get(item.canonicalId);
    if (!seen || seen.version < item.version) newest.set(item.canonicalId, item);
  }
  return [...newest.values()];
}

/** What a destination acknowledged or refused, ready to be recorded. */
export interface PushedBatch {
  destinationId: string;
  counts: DeliveryCounts;
  edges: DeliveryRow[];
  failures: DeadLetterRow[];
  watermark: string | null;
}

/**
 * Pushes record versions to one destination (its `write`, whole-call failures retried) and
 * works out what to record. `checkDelivered` skips keys that already have a delivery edge
 * (replays, recovery sweeps); versions the hub created moments ago cannot have one.
 */
export async function pushToDestination(
  deps: SyncDeps,
  scope: DeliveryScope,
  destination: OpenedConnection,
  items: readonly DeliveryItem[],
  options: { checkDelivered: boolean; watermark?: string | null; signal?: AbortSignal },
): Promise<PushedBatch> {
  const destinationId = destination.connectionId;
  const candidates = pickNewest(items).map((item) => ({ item, key: computeIdempotencyKey(destinationId, item.canonicalId, item.version) }));
  const delivered = options.checkDelivered
    ? await withTenantConnection(deps.pool, scope.tenantId, (client) =>
        selectDeliveredVersions(client, destinationId, candidates.map(({ item }) => ({ canonicalRecordId: item.canonicalId, canonicalVersion: item.version }))),
      )
    : new Set<number>();
  const skipped = candidates.filter((_, index) => delivered.has(index));
  const toSend = candidates.filter((_, index) => !delivered.has(index));
  const writeItems: WriteItem[] = toSend.map(({ item, key }) => ({ canonicalId: item.canonicalId, version: item.version, idempotencyKey: key, record: item.record as CanonicalRecord, recordJson: item.json, deleted: item.deleted }));
  const outcomes = writeItems.length ? await writeWithRetry(deps, scope, destination, writeItems, options.signal) : [];

  const counts: DeliveryCounts = { pushed: 0, skipped: skipped.length, failed: 0, checksum: 0n, carried: 0, carriedChecksum: 0n };
  for (const { item } of candidates) {
    if (!item.fromRunId || item.fromRunId === scope.runId) continue;
    counts.carried = (counts.carried ?? 0) + 1;
    counts.carriedChecksum = addChecksums(counts.carriedChecksum ?? 0n, changeTerm(item.canonicalId, item.version, item.hash));
  }
  for (const { item } of skipped) counts.checksum = addChecksums(counts.checksum, changeTerm(item.canonicalId, item.version, item.hash));
  const edges: DeliveryRow[] = [];
  const failures: DeadLetterRow[] = [];
  outcomes.forEach((outcome, index) => {
    const { item, key } = toSend[index] as (typeof toSend)[number];
    if (outcome.ok) {
      counts.pushed += 1;
      counts.checksum = addChecksums(counts.checksum, changeTerm(item.canonicalId, item.version, item.hash));
      edges.push({ canonicalRecordId: item.canonicalId, canonicalVersion: item.version, externalId: outcome.externalId ?? null, idempotencyKey: key });
      return;
    }
    counts.failed += 1;
    failures.push({
      runId: scope.runId,
      syncConfigId: scope.syncConfigId,
      connectionId: null,
      stage: 'deliver',
      externalId: null,
      canonicalRecordId: item.canonicalId,
      destinationConnectionId: destinationId,
      payload: { canonicalId: item.canonicalId, version: item.version, record: item.record, deleted: item.deleted },
      errorCode: outcome.error.code,
      errorMessage: outcome.error.message,
      errorPath: outcome.error.path?.length ? outcome.error.path.join('.') : null,
      errorDetails: { issues: outcome.error.issues ?? [], idempotencyKey: key },
    });
  });
  return { destinationId, counts, edges, failures, watermark: options.watermark ?? null };
}

/**
 * Records a pushed batch in one transaction: delivery edges for acknowledged records,
 * deliver-stage dead letters for refused ones, the run's per-destination counts and (when
 * given) the destination's lineage watermark. Batches of one destination must be recorded in
 * order (the watermark only moves forward over what was recorded).
 */
export async function recordDelivery(deps: Pick<SyncDeps, 'pool'>, scope: DeliveryScope, batch: PushedBatch): Promise<DeliveryCounts> {
  await withTenantConnection(deps.pool, scope.tenantId, async (client) => {
    await insertRecordDeliveries(client, { tenantId: scope.tenantId, destinationConnectionId: batch.destinationId, runId: scope.runId }, batch.edges);
    await insertDeadLetters(client, scope.tenantId, batch.failures);
    if (scope.runId) await addDeliveryCounts(client, scope.runId, batch.destinationId, batch.counts);
    if (batch.watermark) await writeDeliveryWatermark(client, { tenantId: scope.tenantId, syncConfigId: scope.syncConfigId, destinationId: batch.destinationId, runId: scope.runId }, batch.watermark);
  });
  return batch.counts;
}

/** Pushes to one destination and records the outcome (see `pushToDestination`, `recordDelivery`). */
export async function deliverToDestination(
  deps: SyncDeps,
  scope: DeliveryScope,
  destination: OpenedConnection,
  items: readonly DeliveryItem[],
  options: { checkDelivered: boolean; watermark?: string | null; signal?: AbortSignal },
): Promise<DeliveryCounts> {
  return recordDelivery(deps, scope, await pushToDestination(deps, scope, destination, items, options));
}

import { withTenantConnection } from '@tributary/db';
import { preferIndexLookups, selectPendingDeliveries } from '@tributary/db/bulk';
import type pg from 'pg';
import type { SyncDeps } from '../sync-deps';
import { readDeliveryWatermarks, writeDeliveryWatermark } from './checkpoint';
import { deliverToDestination } from './deliver-changes';
import type { RunContext } from './run-context';

const sweepBatch = 1000;

/**
 * Gives each destination of the run a watermark before the run's first page commits. A
 * destination new to a sync that already produced records starts at 0: it catches up on every
 * record of the sync (its current versions). Otherwise it starts at the newest lineage id.
 */
export async function initializeWatermarks(client: pg.ClientBase, ctx: { tenantId: string; syncConfigId: string; runId: string; destinationIds: string[] }): Promise<void> {
  const current = await readDeliveryWatermarks(client, ctx.syncConfigId, ctx.destinationIds);
  const missing = ctx.destinationIds.filter((id) => current.get(id) === null);
  if (missing.length === 0) return;
  const produced = await client.query(
    `SELECT 1 FROM sync_run WHERE "syncConfigId" = $1 AND id <> $2 AND ("createdCount" > 0 OR "updatedCount" > 0 OR "deletedCount" > 0) LIMIT 1`,
    [ctx.syncConfigId, ctx.runId],
  );
  // the sequence is not tenant data; reading it needs no tenant rows (and no scan)
  // (an unused sequence reports its start value with is_called = false: nothing was handed out yet)
  const latest = produced.rowCount
    ? '0'
    : String((await client.query<{ last: string }>(`SELECT (CASE WHEN is_called THEN last_value ELSE last_value - 1 END)::text AS last FROM record_source_id_seq`)).rows[0]?.last ?? '0');
  for (const destinationId of missing) {
    await writeDeliveryWatermark(client, { tenantId: ctx.tenantId, syncConfigId: ctx.syncConfigId, destinationId, runId: ctx.runId }, latest);
  }
}

/**
 * Delivers what a previous attempt committed to the hub but did not get to deliver (a worker
 * killed between the two, a run that failed on a destination): lineage edges of the sync past
 * each destination's watermark whose record's current version the destination has not
 * acknowledged. Keys already delivered are skipped, so a sweep never writes twice.
 */
export async function recoverPendingDeliveries(deps: SyncDeps, ctx: RunContext, signal?: AbortSignal): Promise<number> {
  if (ctx.destinations.length === 0) return 0;
  const watermarks = await withTenantConnection(deps.pool, ctx.tenantId, (client) =>
    readDeliveryWatermarks(client, ctx.syncConfigId, ctx.destinations.map((d) => d.connectionId)),
  );
  let recovered = 0;
  for (const destination of ctx.destinations) {
    let after = watermarks.get(destination.connectionId) ?? null;
    if (after === null) continue;
    for (;;) {
      const pending = await withTenantConnection(deps.pool, ctx.tenantId, async (client) =>
        preferIndexLookups(client).then(() => selectPendingDeliveries(client, { tenantId: ctx.tenantId, syncConfigId: ctx.syncConfigId, destinationConnectionId: destination.connectionId }, after as string, sweepBatch)),
      );
      const last = pending[pending.length - 1];
      if (!last) break;
      const items = pending.map((p) => ({ canonicalId: p.canonicalRecordId, version: p.version, record: p.data as Record<string, unknown>, hash: p.hash, deleted: p.deleted, fromRunId: p.runId }));
      const counts = await deliverToDestination(deps, { tenantId: ctx.tenantId, runId: ctx.runId, syncConfigId: ctx.syncConfigId, model: ctx.model }, destination, items, {
        checkDelivered: true,
        watermark: last.lineageId,
        signal,
      });
      recovered += counts.pushed;
      after = last.lineageId;
      if (pending.length < sweepBatch) break;
    }
  }
  return recovered;
}

import { withTenant, withTenantConnection, type TenantDb } from '@tributary/db';
import { emitHubEvent } from '../../events/index';
import { readNow, type SyncDeps } from '../sync-deps';
import { emptyTally, readSourceCheckpoint, type RunTally } from './checkpoint';
import { reconcileRun, type Reconciliation } from './reconcile-run';
import type { RunRecord } from './run-context';

const activeStatuses = ['queued', 'running'] as const;

/** The run's tally as its last committed page saved it (empty when it committed none). */
export async function readRunTally(deps: Pick<SyncDeps, 'pool'>, run: Pick<RunRecord, 'tenantId' | 'syncConfigId' | 'streamName' | 'runId'>): Promise<RunTally> {
  const saved = await withTenantConnection(deps.pool, run.tenantId, (client) => readSourceCheckpoint(client, run.syncConfigId, run.streamName));
  return saved && saved.runId === run.runId ? saved.state.tally : emptyTally();
}

async function reconcile(tx: TenantDb, runId: string, tally: RunTally, destinationIds: string[]): Promise<Reconciliation | null> {
  const row = await tx.syncRun.findUnique({ where: { id: runId } });
  if (!row) return null;
  return reconcileRun({
    read: row.readCount,
    created: row.createdCount,
    updated: row.updatedCount,
    unchanged: row.unchangedCount,
    deleted: row.deletedCount,
    failed: row.failedCount,
    sourceChecksum: row.sourceChecksum,
    tally,
    destinationIds,
    pushed: row.pushed,
  });
}

/** Marks the run succeeded with its reconciliation, records the sync's last success and emits `sync.run.succeeded`. Idempotent. */
export async function finishRunSucceeded(deps: SyncDeps, run: RunRecord, tally: RunTally): Promise<Reconciliation | null> {
  const now = readNow(deps);
  return withTenant(deps.db, run.tenantId, async (tx) => {
    const reconciliation = await reconcile(tx, run.runId, tally, run.destinationIds);
    const updated = await tx.syncRun.updateMany({
      where: { id: run.runId, status: { in: [...activeStatuses] } },
      data: { status: 'succeeded', finishedAt: now, reconciliation: reconciliation ?? undefined, errorCode: null, error: null },
    });
    if (updated.count === 0) return reconciliation;
    await tx.syncConfig.update({ where: { id: run.syncConfigId }, data: { lastSuccessAt: now, slaAlertedAt: null } });
    await emitHubEvent(tx, run.tenantId, {
      type: 'sync.run.succeeded',
      subjectType: 'sync_run',
      subjectId: run.runId,
      payload: { runId: run.runId, syncConfigId: run.syncConfigId, trigger: run.trigger, reconciled: reconciliation?.ok ?? false },
    });
    deps.log?.({ type: 'run-finished', runId: run.runId, status: 'succeeded' });
    return reconciliation;
  });
}

/** Marks the run failed with the reason (its committed pages stay), and emits `sync.run.failed`. Idempotent. */
export async function finishRunFailed(deps: SyncDeps, run: RunRecord, failure: { code: string; message: string }): Promise<void> {
  const tally = await readRunTally(deps, run);
  const now = readNow(deps);
  await withTenant(deps.db, run.tenantId, async (tx) => {
    const reconciliation = await reconcile(tx, run.runId, tally, run.destinationIds);
    const updated = await tx.syncRun.updateMany({
      where: { id: run.runId, status: { in: [...activeStatuses] } },
      data: { status: 'failed', finishedAt: now, errorCode: failure.code, error: failure.message.slice(0, 2000), reconciliation: reconciliation ?? undefined },
    });
    if (updated.count === 0) return;
    await emitHubEvent(tx, run.tenantId, {
      type: 'sync.run.failed',
      subjectType: 'sync_run',
      subjectId: run.runId,
      payload: { runId: run.runId, syncConfigId: run.syncConfigId, trigger: run.trigger, errorCode: failure.code, error: failure.message.slice(0, 500) },
    });
  });
  deps.log?.({ type: 'run-finished', runId: run.runId, status: 'failed', reason: failure.message });
}

import { withTenant } from '@tributary/db';
import { recordAudit, type Actor } from '../../audit/index';
import { emitHubEvent } from '../../events/index';
import { DomainError, toFieldIssues } from '../../shared/index';
import { emptyTally } from '../run/checkpoint';
import { deliverToDestination } from '../run/deliver-changes';
import { finishRunFailed, finishRunSucceeded } from '../run/finish-run';
import { loadRunRecord, openRunContext, type RunContext } from '../run/run-context';
import { classifyStepFailure } from '../run/step-failure';
import { assertMayManageSyncs } from '../sync-actor';
import { readNow, type SyncDeps } from '../sync-deps';
import { replayDeliveryLetters } from './replay-delivery-letters';
import { replaySelectorSchema, selectOpenLetters, type ReplaySelector } from './replay-selector';
import { replaySourceLetters } from './replay-source-letters';

export interface ReplayResult {
  /** dead letters that landed (hub, or destination for deliver-stage ones) and are now `replayed` */
  replayed: number;
  /** dead letters that failed again: still open, with the new error and attempts + 1 */
  stillOpen: number;
  /** named dead letters that were not open (already replayed or discarded): nothing done */
  skipped: number;
  /** one replay run per sync, logged like any run (trigger `replay`) */
  runs: { runId: string; syncConfigId: string; status: 'succeeded' | 'failed' }[];
}

const batchSize = 500;

async function createReplayRun(deps: SyncDeps, tenantId: string, syncConfigId: string, actor: Actor, letters: number): Promise<string> {
  return withTenant(deps.db, tenantId, async (tx) => {
    const config = await tx.syncConfig.findUnique({ where: { id: syncConfigId }, include: { destinations: { orderBy: { createdAt: 'asc' } } } });
    if (!config) throw new DomainError('NOT_FOUND', 'Sync not found');
    const run = await tx.syncRun.create({
      data: {
        tenantId,
        syncConfigId,
        trigger: 'replay',
        status: 'running',
        startedAt: readNow(deps),
        mode: config.mode,
        mappingVersion: config.mappingVersion,
        source: { connectionId: config.sourceConnectionId, stream: config.sourceStream },
        destinations: config.destinations.map((d) => d.connectionId),
      },
      select: { id: true },
    });
    await recordAudit(tx, tenantId, actor, { action: 'dead_letter.replay', targetType: 'sync_run', targetId: run.id, metadata: { syncConfigId, letters } });
    return run.id;
  });
}

async function replayBatch(deps: SyncDeps, ctx: RunContext, ids: string[], tally: ReturnType<typeof emptyTally>) {
  const source = await replaySourceLetters(deps, ctx, ids, tally);
  if (source.changes.length && ctx.destinations.length) {
    const items = source.changes.map((c) => ({ canonicalId: c.canonicalId, version: c.version, record: c.record, hash: c.hash, deleted: c.deleted }));
    const scope = { tenantId: ctx.tenantId, runId: ctx.runId, syncConfigId: ctx.syncConfigId, model: ctx.model };
    await Promise.all(ctx.destinations.map((d) => deliverToDestination(deps, scope, d, items, { checkDelivered: true })));
  }
  const delivery = await replayDeliveryLetters(deps, ctx, ids);
  return { replayed: source.replayed + delivery.replayed, stillOpen: source.stillOpen + delivery.stillOpen, tally: source.tally };
}

/** Replays one sync's letters in a replay run of their own. */
async function replaySync(deps: SyncDeps, tenantId: string, actor: Actor, syncConfigId: string, ids: string[]) {
  const runId = await createReplayRun(deps, tenantId, syncConfigId, actor, ids.length);
  const run = await loadRunRecord(deps, tenantId, runId);
  let replayed = 0;
  let stillOpen = 0;
  try {
    const ctx = await openRunContext(deps, run);
    let tally = emptyTally();
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = await replayBatch(deps, ctx, ids.slice(start, start + batchSize), tally);
      replayed += batch.replayed;
      stillOpen += batch.stillOpen;
      tally = batch.tally;
    }
    await finishRunSucceeded(deps, run, tally);
    await withTenant(deps.db, tenantId, (tx) =>
      emitHubEvent(tx, tenantId, { type: 'dead_letter.replayed', subjectType: 'sync_run', subjectId: runId, payload: { runId, syncConfigId, replayed, stillOpen } }),
    );
    return { runId, syncConfigId, status: 'succeeded' as const, replayed, stillOpen };
  } catch (error) {
    const failure = classifyStepFailure(error);
    await finishRunFailed(deps, run, { code: failure.code, message: failure.message });
    return { runId, syncConfigId, status: 'failed' as const, replayed, stillOpen: ids.length - replayed };
  }
}

/** The replay itself, for a tenant; callers check who may ask. */
export async function replayForTenant(deps: SyncDeps, tenantId: string, actor: Actor, selector: ReplaySelector): Promise<ReplayResult> {
  const parsed = replaySelectorSchema.safeParse(selector);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid replay selector', { fields: toFieldIssues(parsed.error.issues) });
  const { open, notOpen } = await withTenant(deps.db, tenantId, (tx) => selectOpenLetters(tx, parsed.data));
  const bySync = new Map<string, string[]>();
  let skipped = notOpen;
  for (const letter of open) {
    if (!letter.syncConfigId) skipped += 1; // not from a sync: nothing to replay it with
    else bySync.set(letter.syncConfigId, [...(bySync.get(letter.syncConfigId) ?? []), letter.id]);
  }
  const result: ReplayResult = { replayed: 0, stillOpen: 0, skipped, runs: [] };
  for (const [syncConfigId, ids] of bySync) {
    const outcome = await replaySync(deps, tenantId, actor, syncConfigId, ids);
    result.replayed += outcome.replayed;
    result.stillOpen += outcome.stillOpen;
    result.runs.push({ runId: outcome.runId, syncConfigId, status: outcome.status });
  }
  return result;
}

/**
 * Replays dead letters (one, some, all of a run's, or a filter) from the stage where they failed,
 * with each sync's CURRENT mapping. Replaying twice writes nothing twice: the hub's content hash
 * and the destinations' idempotency keys make the second pass a no-op. Each sync's replay is a
 * run (trigger `replay`); each letter ends `replayed` or stays open with the new error.
 */
export async function replayDeadLetters(deps: SyncDeps, tenantId: string, actor: Actor, selector: ReplaySelector): Promise<ReplayResult> {
  assertMayManageSyncs(actor, tenantId);
  return replayForTenant(deps, tenantId, actor, selector);
}

import { readStream, type RetryOptions, type StreamCursor } from '@tributary/connectors';
import { withTenant, withTenantConnection } from '@tributary/db';
import { enqueueSyncJob } from '../queues';
import type { SyncDeps } from '../sync-deps';
import { emptyTally, readSourceCheckpoint, type RunTally } from './checkpoint';
import { commitPage, premapPage } from './commit-page';
import { pushToDestination, recordDelivery, type DeliveryItem, type PushedBatch } from './deliver-changes';
import { coalescePages } from './coalesce-pages';
import { createTaskQueue } from './task-queue';
import { finishRunSucceeded } from './finish-run';
import { initializeWatermarks, recoverPendingDeliveries } from './recover-deliveries';
import { loadRunRecord, openRunContext, type RunContext, type RunRecord } from './run-context';
import { defaultRunRetry, handleStepFailure, type RunRetryPolicy } from './step-failure';

export interface SyncStepOptions {
  /** batches one step commits before it re-enqueues itself (default 100) */
  maxPages?: number;
  /** or once this much time has passed (default 60 s) */
  maxMs?: number;
  /** records per source request; default: the stream's own page size (providers cap it) */
  pageSize?: number;
  /** source pages are joined into hub batches of at least this many records (default 2000) */
  batchRecords?: number;
  /** deliveries that may queue behind the hub writes (default 2), and recordings behind the deliveries */
  maxPendingDeliveries?: number;
  retry?: Partial<RunRetryPolicy>;
  /** the HTTP client's own retries of one request (the engine's defaults otherwise) */
  httpRetry?: Partial<RetryOptions>;
  /** the job's signal: set when the worker stops or the job expires */
  signal?: AbortSignal;
}

export type SyncStepOutcome = 'finished' | 'continued' | 'retrying' | 'failed' | 'skipped';

export interface SyncStepResult {
  outcome: SyncStepOutcome;
  runId: string | null;
  pages: number;
}

/** The run a step should advance: the one named, or when that one is over, the sync's oldest active run. */
async function pickRun(deps: SyncDeps, job: { tenantId: string; syncConfigId: string; runId: string }): Promise<RunRecord | null> {
  const named = await loadRunRecord(deps, job.tenantId, job.runId).catch(() => null);
  if (named && named.trigger !== 'replay' && (named.status === 'queued' || named.status === 'running')) return named;
  const next = await withTenant(deps.db, job.tenantId, (tx) =>
    tx.syncRun.findFirst({ where: { syncConfigId: job.syncConfigId, status: { in: ['queued', 'running'] }, trigger: { not: 'replay' } }, orderBy: { queuedAt: 'asc' }, select: { id: true } }),
  );
  return next ? loadRunRecord(deps, job.tenantId, next.id) : null;
}

/** queued -> running, and every destination gets its delivery watermark before the first page commits. */
async function startRun(deps: SyncDeps, run: RunRecord): Promise<void> {
  await withTenantConnection(deps.pool, run.tenantId, async (client) => {
    await client.query(`UPDATE sync_run SET status = 'running', "startedAt" = coalesce("startedAt", now()) WHERE id = $1 AND status IN ('queued', 'running')`, [run.runId]);
    await initializeWatermarks(client, run);
  });
}

/** Where this step's read starts: the run's own checkpoint when resuming, else the sync's last high-water mark. */
async function planRead(deps: SyncDeps, run: RunRecord): Promise<{ cursor: StreamCursor | undefined; tally: RunTally; complete: boolean }> {
  const saved = await withTenantConnection(deps.pool, run.tenantId, (client) => readSourceCheckpoint(client, run.syncConfigId, run.streamName));
  if (saved && saved.runId === run.runId) return { cursor: saved.state.cursor ?? undefined, tally: saved.state.tally, complete: saved.state.complete };
  const since = saved?.state.cursor?.since;
  return { cursor: since ? { since } : undefined, tally: emptyTally(), complete: false };
}

/** Pushes a page's changes to every destination; the caller records the batches in order. */
async function pushAll(deps: SyncDeps, ctx: RunContext, items: DeliveryItem[], watermark: string | null, signal?: AbortSignal): Promise<PushedBatch[]> {
  const scope = { tenantId: ctx.tenantId, runId: ctx.runId, syncConfigId: ctx.syncConfigId, model: ctx.model };
  return Promise.all(
    ctx.destinations.map(async (destination) => {
      const started = Date.now();
      const batch = await pushToDestination(deps, scope, destination, items, { checkDelivered: false, watermark, signal });
      const { pushed, skipped, failed } = batch.counts;
      deps.log?.({ type: 'delivered', runId: ctx.runId, destinationId: destination.connectionId, pushed, skipped, failed, ms: Date.now() - started });
      return batch;
    }),
  );
}

/**
 * Reads and commits pages until the read ends or the step's budget is spent. Four stages
 * overlap, each in page order: reading + mapping page k+1 (JS); committing page k to the hub
 * (the checkpoint only ever moves forward); pushing page k-1 to every destination; recording
 * page k-2's delivery edges, counts and watermark (in order, so a watermark never passes an
 * unrecorded batch).
 */
async function movePages(deps: SyncDeps, ctx: RunContext, plan: { cursor: StreamCursor | undefined; tally: RunTally }, options: SyncStepOptions) {
  const started = Date.now();
  const commits = createTaskQueue(1);
  const deliveries = createTaskQueue(options.maxPendingDeliveries ?? 2);
  const recordings = createTaskQueue(options.maxPendingDeliveries ?? 2);
  const scope = { tenantId: ctx.tenantId, runId: ctx.runId, syncConfigId: ctx.syncConfigId, model: ctx.model };
  let tally = plan.tally;
  let pages = 0;
  let read = 0;
  let done = false;
  const source = ctx.source;
  try {
    const sourcePages = readStream({
      connector: source.connector,
      settings: source.settings,
      credentials: source.credentials,
      auth: source.auth,
      rateLimiter: deps.rateLimiter,
      rateLimitKey: source.rateLimitKey,
      fetchImpl: deps.fetchImpl,
      signal: options.signal,
      stream: ctx.streamName,
      cursor: plan.cursor,
      incremental: ctx.mode === 'incremental',
      pageSize: options.pageSize,
      retry: options.httpRetry,
    });
    for await (const page of coalescePages(sourcePages, options.batchRecords ?? 2000)) {
      const premapped = await premapPage(ctx, page);
      read += 1;
      await commits.push(async () => {
        const pageStarted = Date.now();
        const committed = await commitPage(deps, ctx, page, premapped, tally);
        tally = committed.tally;
        pages += 1;
        const o = committed.outcome;
        deps.log?.({ type: 'page', runId: ctx.runId, records: committed.read, created: o.created, updated: o.updated, unchanged: o.unchanged, failed: o.failed, ms: Date.now() - pageStarted });
        if (o.changes.length === 0 || ctx.destinations.length === 0) return;
        const items: DeliveryItem[] = o.changes.map((c) => ({ canonicalId: c.canonicalId, version: c.version, record: c.record, json: c.json, hash: c.hash, deleted: c.deleted }));
        await deliveries.push(async () => {
          const batches = await pushAll(deps, ctx, items, o.maxLineageId, options.signal);
          await recordings.push(async () => {
            for (const batch of batches) await recordDelivery(deps, scope, batch);
          });
        });
      });
      if (page.done) {
        done = true;
        break;
      }
      if (read >= (options.maxPages ?? 100) || Date.now() - started >= (options.maxMs ?? 60_000) || options.signal?.aborted) break;
    }
    await commits.drain();
    if (!done && read === 0 && !options.signal?.aborted) done = true; // a read that yields no page at all has nothing more to give
  } catch (error) {
    // never leave commits or deliveries running behind a failed step
    await commits.drain().catch(() => undefined);
    await deliveries.drain().catch(() => undefined);
    await recordings.drain().catch(() => undefined);
    throw error;
  }
  await deliveries.drain();
  await recordings.drain();
  return { pages, done, tally };
}

/**
 * One step of a run (the `sync.run` job): resume from the run's checkpoint, deliver anything a
 * previous attempt left undelivered, commit up to `maxPages` pages (each in its own transaction,
 * its delivery overlapping the next page), then re-enqueue the next step, or finish the run.
 * Failures retry with backoff or fail the run (NEEDS_REAUTH at once).
 */
export async function runSyncStep(deps: SyncDeps, job: { tenantId: string; syncConfigId: string; runId: string }, options: SyncStepOptions = {}): Promise<SyncStepResult> {
  const started = Date.now();
  const run = await pickRun(deps, job);
  if (!run) return { outcome: 'skipped', runId: null, pages: 0 };
  const retry = { ...defaultRunRetry, ...options.retry };
  let pages = 0;
  try {
    await startRun(deps, run);
    const ctx = await openRunContext(deps, run);
    await recoverPendingDeliveries(deps, ctx, options.signal);
    const plan = await planRead(deps, run);
    let done = plan.complete;
    let tally = plan.tally;
    if (!done) ({ pages, done, tally } = await movePages(deps, ctx, plan, options));
    if (pages > 0 && run.attempt > 1) await withTenant(deps.db, run.tenantId, (tx) => tx.syncRun.update({ where: { id: run.runId }, data: { attempt: 1 } }));
    let outcome: SyncStepOutcome = 'continued';
    if (done) {
      await finishRunSucceeded(deps, run, tally);
      outcome = 'finished';
    } else {
      await enqueueSyncJob(deps.queue, 'sync.run', { tenantId: run.tenantId, syncConfigId: run.syncConfigId, runId: run.runId }, { singletonKey: run.syncConfigId });
    }
    deps.log?.({ type: 'step', runId: run.runId, pages, outcome, ms: Date.now() - started });
    return { outcome, runId: run.runId, pages };
  } catch (error) {
    if (options.signal?.aborted) throw error; // the worker is stopping: pg-boss retries the job
    const outcome = await handleStepFailure(deps, run, error, retry);
    deps.log?.({ type: 'step', runId: run.runId, pages, outcome, ms: Date.now() - started });
    return { outcome, runId: run.runId, pages };
  }
}

import { withTenantConnection } from '@tributary/db';
import { preferIndexLookups } from '@tributary/db/bulk';
import type pg from 'pg';
import { addChecksums, toChecksumTerm } from '../mapping/canonical-json';
import { finishRecord, prepareRawRecord, type FailedRecord, type MappedRecord } from '../mapping/source-record';
import { toMappingContext } from '../run/commit-page';
import type { RunTally } from '../run/checkpoint';
import { loadLookups } from '../run/map-page';
import { addPageCounts } from '../run/run-counters';
import type { RunContext } from '../run/run-context';
import { stageRecords, type HubChange } from '../run/stage-records';
import type { SyncDeps } from '../sync-deps';

export interface LetterOutcome {
  id: string;
  ok: boolean;
  stage?: 'validate' | 'map';
  code?: string;
  message?: string;
  path?: string | null;
  details?: unknown;
}

/** Marks replayed letters `replayed`; failing ones stay open with the new error; both get attempts + 1 and the replay run. */
export async function recordLetterOutcomes(client: pg.ClientBase, replayRunId: string, outcomes: readonly LetterOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await client.query(
    `UPDATE dead_letter d SET
       status = CASE WHEN x.ok THEN 'replayed'::"DeadLetterStatus" ELSE d.status END,
       stage = coalesce(x.stage::"DeadLetterStage", d.stage),
       "errorCode" = CASE WHEN x.ok THEN d."errorCode" ELSE coalesce(x.code, d."errorCode") END,
       "errorMessage" = CASE WHEN x.ok THEN d."errorMessage" ELSE coalesce(x.message, d."errorMessage") END,
       "errorPath" = CASE WHEN x.ok THEN d."errorPath" ELSE x.path END,
       "errorDetails" = CASE WHEN x.ok THEN d."errorDetails" ELSE x.details END,
       attempts = d.attempts + 1, "lastReplayedAt" = now(), "replayRunId" = $2::uuid, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ok boolean, stage text, code text, message text, path text, details jsonb)
     WHERE d.id = x.id`,
    [JSON.stringify(outcomes), replayRunId],
  );
}

/**
 * Replays validate / map dead letters from their stage with the CURRENT mapping, in one
 * transaction: the letters are locked (a concurrent replay skips them), records that now map
 * land in the hub with lineage naming the replay run, and each letter is marked. Returns the
 * hub's changes for delivery.
 */
export async function replaySourceLetters(deps: Pick<SyncDeps, 'pool'>, ctx: RunContext, letterIds: readonly string[], tally: RunTally) {
  const mappingContext = toMappingContext(ctx);
  return withTenantConnection(deps.pool, ctx.tenantId, async (client) => {
    await preferIndexLookups(client);
    const locked = await client.query<{ id: string; payload: unknown }>(
      `SELECT id, payload FROM dead_letter WHERE id = ANY($1::uuid[]) AND status = 'open' AND stage <> 'deliver' FOR UPDATE SKIP LOCKED`,
      [letterIds],
    );
    const prepared = locked.rows.map((row) => prepareRawRecord(mappingContext, row.payload));
    const lookups = await loadLookups(client, ctx.tenantId, mappingContext, prepared.filter((p) => p.ok));
    const results = prepared.map((p) => (p.ok ? finishRecord(mappingContext, p, lookups) : p));
    const mapped = results.filter((r): r is MappedRecord => r.ok);
    const failed = results.filter((r): r is FailedRecord => !r.ok);
    const target = { tenantId: ctx.tenantId, model: ctx.model, connectionId: ctx.sourceConnectionId, syncConfigId: ctx.syncConfigId, stream: ctx.streamName, runId: ctx.runId, mappingVersion: ctx.mapping.version };
    const staged = await stageRecords(client, target, mapped, []);
    const outcomes = results.map((r, index): LetterOutcome => {
      const id = locked.rows[index]?.id as string;
      if (r.ok) return { id, ok: true };
      return { id, ok: false, stage: r.stage, code: r.error.code, message: r.error.message, path: r.error.path?.join('.') ?? null, details: { issues: r.error.issues ?? [], sourceHash: r.sourceHash } };
    });
    await recordLetterOutcomes(client, ctx.runId, outcomes);
    let sourceChecksum = 0n;
    let failedChecksum = 0n;
    for (const r of results) sourceChecksum = addChecksums(sourceChecksum, toChecksumTerm(r.sourceHash));
    for (const r of failed) failedChecksum = addChecksums(failedChecksum, toChecksumTerm(r.sourceHash));
    await addPageCounts(client, ctx.runId, { read: results.length, created: staged.created, updated: staged.updated, unchanged: staged.unchanged, failed: failed.length, deleted: staged.deleted, sourceChecksum });
    const next: RunTally = {
      landed: addChecksums(tally.landed, staged.landedChecksum).toString(),
      failed: addChecksums(tally.failed, failedChecksum).toString(),
      changedCount: tally.changedCount + staged.changes.length,
      changed: addChecksums(tally.changed, staged.changedChecksum).toString(),
    };
    const changes: HubChange[] = staged.changes;
    return { replayed: mapped.length, stillOpen: failed.length, tally: next, changes };
  });
}

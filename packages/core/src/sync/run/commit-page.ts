import { mapInSlices, type StreamPage } from '@tributary/connectors';
import { withTenantConnection } from '@tributary/db';
import { indexLookupSettings } from '@tributary/db/bulk';
import { addChecksums } from '../mapping/canonical-json';
import { prepareRecordResult, type RecordMappingContext } from '../mapping/source-record';
import type { SyncDeps } from '../sync-deps';
import { writeSourceCheckpoint, type RunTally } from './checkpoint';
import { collectMappedPage, finishPrepared, mapPreparedRecords, needsLookups, type MappedPage } from './map-page';
import { addPageCounts } from './run-counters';
import type { RunContext } from './run-context';
import { stageRecords, type StagedOutcome } from './stage-records';

export interface CommittedPage {
  outcome: StagedOutcome;
  tally: RunTally;
  read: number;
}

export function toMappingContext(ctx: RunContext): RecordMappingContext {
  return { stream: ctx.stream, settings: ctx.source.settings, connectionId: ctx.sourceConnectionId, mapping: ctx.mapping };
}

/**
 * The page's records mapped outside any transaction (JS only, overlapping the previous page's
 * commit, in slices so its replies are not held up); null when the mapping enriches from the
 * hub and must map inside the transaction.
 */
export async function premapPage(ctx: RunContext, page: StreamPage): Promise<MappedPage | null> {
  const mappingContext = toMappingContext(ctx);
  if (needsLookups(mappingContext)) return null;
  return collectMappedPage(await mapInSlices(page.records, (record) => finishPrepared(mappingContext, prepareRecordResult(mappingContext, record))));
}

/**
 * One page in ONE transaction on the application role: map, skip what the hub already holds,
 * merge the rest with lineage, dead-letter failures, add the run's counts and save the stream
 * checkpoint. Killed before COMMIT, nothing of it exists; the next attempt reads it again.
 */
export async function commitPage(deps: Pick<SyncDeps, 'pool'>, ctx: RunContext, page: StreamPage, premapped: MappedPage | null, tally: RunTally): Promise<CommittedPage> {
  const mappingContext = toMappingContext(ctx);
  return withTenantConnection(deps.pool, ctx.tenantId, async (client) => {
    const { mapped, failed, sourceChecksum } =
      premapped ?? (await mapPreparedRecords(client, ctx.tenantId, mappingContext, page.records.map((record) => prepareRecordResult(mappingContext, record))));
    const outcome = await stageRecords(
      client,
      { tenantId: ctx.tenantId, model: ctx.model, connectionId: ctx.sourceConnectionId, syncConfigId: ctx.syncConfigId, stream: ctx.streamName, runId: ctx.runId, mappingVersion: ctx.mapping.version },
      mapped,
      failed,
    );
    const read = page.records.length;
    await addPageCounts(client, ctx.runId, { read, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, failed: outcome.failed, deleted: outcome.deleted, sourceChecksum });
    const next: RunTally = {
      landed: addChecksums(tally.landed, outcome.landedChecksum).toString(),
      failed: addChecksums(tally.failed, outcome.failedChecksum).toString(),
      changedCount: tally.changedCount + outcome.changes.length,
      changed: addChecksums(tally.changed, outcome.changedChecksum).toString(),
    };
    await writeSourceCheckpoint(client, { tenantId: ctx.tenantId, syncConfigId: ctx.syncConfigId, stream: ctx.streamName, runId: ctx.runId }, { cursor: page.cursor ?? null, complete: page.done, tally: next });
    return { outcome, tally: next, read };
  }, { local: indexLookupSettings });
}

import { selectCanonicalByIdentity } from '@tributary/db/bulk';
import type pg from 'pg';
import { collectLookupKeys } from '../mapping/apply-mapping';
import { addChecksums, toChecksumTerm } from '../mapping/canonical-json';
import type { LookupTable } from '../mapping/field-transforms';
import { finishRecord, type FailedRecord, type MappedRecord, type PreparedRecord, type RecordMappingContext } from '../mapping/source-record';

export interface MappedPage {
  mapped: MappedRecord[];
  failed: FailedRecord[];
  /** sum mod 2^64 of the source hashes of every record of the page */
  sourceChecksum: bigint;
}

/** Reads the hub records the page's lookups enrich from, in the caller's transaction. */
export async function loadLookups(client: pg.ClientBase, tenantId: string, ctx: RecordMappingContext, prepared: readonly PreparedRecord[]): Promise<LookupTable> {
  const keys = collectLookupKeys(ctx.mapping, prepared);
  const table = new Map<string, ReadonlyMap<string, Record<string, unknown>>>();
  for (const [model, identities] of keys) table.set(model, await selectCanonicalByIdentity(client, { tenantId, model }, [...identities]));
  return table;
}

/** Whether the mapping enriches from the hub (then pages are mapped inside their transaction). */
export function needsLookups(ctx: RecordMappingContext): boolean {
  return ctx.mapping.rules.some((r) => r.rule.transforms.some((t) => t.op === 'lookup'));
}

const noLookups: LookupTable = new Map();

/** Splits finished records into hub-ready ones and failures, and sums the page's source checksum. */
export function collectMappedPage(results: readonly (MappedRecord | FailedRecord)[]): MappedPage {
  const mapped: MappedRecord[] = [];
  const failed: FailedRecord[] = [];
  let sourceChecksum = 0n;
  for (const result of results) {
    sourceChecksum = addChecksums(sourceChecksum, toChecksumTerm(result.sourceHash));
    if (result.ok) mapped.push(result);
    else failed.push(result);
  }
  return { mapped, failed, sourceChecksum };
}

/** Finishes one prepared record (a failure stays one). */
export function finishPrepared(ctx: RecordMappingContext, item: PreparedRecord | FailedRecord, lookups: LookupTable = noLookups): MappedRecord | FailedRecord {
  return item.ok ? finishRecord(ctx, item, lookups) : item;
}

/** Pure: finishes prepared records into hub-ready records and failures (`lookups` already loaded). */
export function mapPreparedWith(ctx: RecordMappingContext, prepared: readonly (PreparedRecord | FailedRecord)[], lookups: LookupTable = noLookups): MappedPage {
  return collectMappedPage(prepared.map((item) => finishPrepared(ctx, item, lookups)));
}

/**
 * Validates and maps prepared records (see `prepareRecordResult` / `prepareRawRecord`) into
 * hub-ready records and failures; `client` serves the mapping's lookups.
 */
export async function mapPreparedRecords(
  client: pg.ClientBase,
  tenantId: string,
  ctx: RecordMappingContext,
  prepared: readonly (PreparedRecord | FailedRecord)[],
): Promise<MappedPage> {
  const ready = prepared.filter((p): p is PreparedRecord => p.ok);
  return mapPreparedWith(ctx, prepared, await loadLookups(client, tenantId, ctx, ready));
}

import {
  insertDeadLetters,
  selectUnchangedRecords,
  upsertCanonicalRecords,
  type CanonicalChange,
  type CanonicalPageTarget,
  type DeadLetterRow,
} from '@tributary/db/bulk';
import type pg from 'pg';
import { addChecksums, toChecksumTerm } from '../mapping/canonical-json';
import type { FailedRecord, MappedRecord } from '../mapping/source-record';

/** A canonical record version the hub created, with what a destination needs to receive it. */
export interface HubChange extends CanonicalChange {
  record: Record<string, unknown>;
  /** canonical JSON text of `record` (what the hub stored) */
  json: string;
  hash: string;
  deleted: boolean;
}

export interface StagedOutcome {
  changes: HubChange[];
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  failed: number;
  /** checksums (sum mod 2^64) of the source hashes that landed in the hub and of those dead-lettered */
  landedChecksum: bigint;
  failedChecksum: bigint;
  /** checksum of the changes as destinations should receive them (see `changeTerm`) */
  changedChecksum: bigint;
  maxLineageId: string | null;
}

const golden = 0x9e3779b97f4a7c15n;
const mask64 = (1n << 64n) - 1n;

/**
 * A delivered record version's term in the destination checksums, from (canonical id, version,
 * content hash): 64 bits of the content hash mixed with 64 bits of the id and the version (no
 * second sha256 per record on the hot path).
 */
export function changeTerm(canonicalId: string, version: number, hash: string): bigint {
  const id64 = BigInt(`0x${canonicalId.replace(/-/g, '').slice(0, 16)}`);
  return ((toChecksumTerm(hash) ^ id64) + BigInt(version) * golden) & mask64;
}

export function toDeadLetterRows(
  failed: readonly FailedRecord[],
  scope: { runId: string | null; syncConfigId: string | null; connectionId: string },
): DeadLetterRow[] {
  return failed.map((f) => ({
    runId: scope.runId,
    syncConfigId: scope.syncConfigId,
    connectionId: scope.connectionId,
    stage: f.stage,
    externalId: f.externalId,
    payload: f.raw ?? null,
    errorCode: f.error.code,
    errorMessage: f.error.message,
    errorPath: f.error.path?.length ? f.error.path.join('.') : null,
    errorDetails: { issues: f.error.issues ?? [], sourceHash: f.sourceHash },
  }));
}

/**
 * The hub half of a page, on the caller's tenant transaction: skip records the hub already
 * holds (fingerprints first, nothing sent for them), stage and merge the rest with their
 * lineage, and dead-letter the failures.
 */
export async function stageRecords(client: pg.ClientBase, target: CanonicalPageTarget, mapped: readonly MappedRecord[], failed: readonly FailedRecord[]): Promise<StagedOutcome> {
  const unchanged = await selectUnchangedRecords(client, target, mapped);
  const toStage = mapped.filter((_, index) => !unchanged.has(index));
  const result = await upsertCanonicalRecords(
    client,
    target,
    toStage.map((r) => ({ identity: r.identity, data: r.json, hash: r.hash, deleted: r.deleted, externalId: r.externalId, sourceHash: r.sourceHash })),
  );
  await insertDeadLetters(client, target.tenantId, toDeadLetterRows(failed, { runId: target.runId, syncConfigId: target.syncConfigId, connectionId: target.connectionId }));

  const byIdentity = new Map<string, MappedRecord>();
  for (const record of toStage) byIdentity.set(record.identity, record);
  const changes: HubChange[] = [];
  let changedChecksum = 0n;
  for (const change of result.changes) {
    const source = byIdentity.get(change.identity);
    if (!source) continue;
    changes.push({ ...change, record: source.record, json: source.json, hash: source.hash, deleted: source.deleted });
    changedChecksum = addChecksums(changedChecksum, changeTerm(change.canonicalId, change.version, source.hash));
  }
  let landedChecksum = 0n;
  for (const record of mapped) landedChecksum = addChecksums(landedChecksum, toChecksumTerm(record.sourceHash));
  let failedChecksum = 0n;
  for (const record of failed) failedChecksum = addChecksums(failedChecksum, toChecksumTerm(record.sourceHash));
  const count = (kind: CanonicalChange['kind']) => result.changes.filter((c) => c.kind === kind).length;
  return {
    changes,
    created: count('created'),
    updated: count('updated'),
    deleted: count('deleted'),
    unchanged: unchanged.size + result.unchanged,
    failed: failed.length,
    landedChecksum,
    failedChecksum,
    changedChecksum,
    maxLineageId: result.maxLineageId,
  };
}

import type { TenantDb } from '@tributary/db';
import { z } from 'zod';
import { DomainError, toFieldIssues } from '../../shared/index';

const traceInputSchema = z.union([
  z.object({ canonicalId: z.uuid() }),
  z.object({ connectionId: z.uuid(), externalId: z.string().min(1).max(500), stream: z.string().min(1).optional() }),
]);
export type TraceRecordInput = z.input<typeof traceInputSchema>;

/** A source record that produced a version. */
export interface LineageSource {
  connectionId: string;
  syncConfigId: string | null;
  stream: string;
  externalId: string;
  sourceHash: string;
  runId: string | null;
  mappingVersion: number;
  seenAt: string;
}

/** A destination that acknowledged a version. */
export interface LineageDelivery {
  connectionId: string;
  externalId: string | null;
  idempotencyKey: string;
  runId: string | null;
  deliveredAt: string;
}

export interface RecordTrace {
  record: { id: string; model: string; identity: string; data: unknown; hash: string; version: number; deleted: boolean; createdAt: Date; updatedAt: Date };
  /** every version with lineage, newest first */
  versions: { version: number; sources: LineageSource[]; deliveries: LineageDelivery[] }[];
}

interface TraceRow {
  id: string;
  model: string;
  identity: string;
  data: unknown;
  hash: string;
  version: number;
  deleted: boolean;
  createdAt: Date;
  updatedAt: Date;
  sources: (LineageSource & { version: number })[];
  deliveries: (LineageDelivery & { version: number })[];
}

/**
 * A canonical record with the lineage of every version, in ONE SQL query: the source records
 * (connection, stream, external id, source hash, run, mapping version) that produced each
 * version, and the destinations (their id for it, run, time) each version reached. Find it by
 * its id (a warehouse row's canonical_id) or by a source record (connection + external id: the
 * record it fed most recently). Runs in the caller's tenant transaction; null when not found.
 */
export async function traceRecord(tx: TenantDb, input: TraceRecordInput): Promise<RecordTrace | null> {
  const parsed = traceInputSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid trace request', { fields: toFieldIssues(parsed.error.issues) });
  const by = parsed.data;
  const canonicalId = 'canonicalId' in by ? by.canonicalId : null;
  const connectionId = 'connectionId' in by ? by.connectionId : null;
  const externalId = 'externalId' in by ? by.externalId : null;
  const stream = 'stream' in by ? (by.stream ?? null) : null;
  const rows = await tx.$queryRaw<TraceRow[]>`
    WITH target AS (
      SELECT c.* FROM canonical_record c
      WHERE c.id = coalesce(${canonicalId}::uuid, (
        SELECT rs."canonicalRecordId" FROM record_source rs
        WHERE rs."connectionId" = ${connectionId}::uuid AND rs."externalId" = ${externalId}::text AND (${stream}::text IS NULL OR rs.stream = ${stream}::text)
        ORDER BY rs.id DESC LIMIT 1))
    )
    SELECT t.id, t.model, t.identity, t.data, t.hash, t.version, t.deleted, t."createdAt", t."updatedAt",
      coalesce((SELECT jsonb_agg(jsonb_build_object('version', rs."canonicalVersion", 'connectionId', rs."connectionId", 'syncConfigId', rs."syncConfigId",
          'stream', rs.stream, 'externalId', rs."externalId", 'sourceHash', rs."sourceHash", 'runId', rs."runId", 'mappingVersion', rs."mappingVersion",
          'seenAt', rs."seenAt") ORDER BY rs.id DESC)
        FROM record_source rs WHERE rs."canonicalRecordId" = t.id), '[]'::jsonb) AS sources,
      coalesce((SELECT jsonb_agg(jsonb_build_object('version', rd."canonicalVersion", 'connectionId', rd."connectionId", 'externalId', rd."externalId",
          'idempotencyKey', rd."idempotencyKey", 'runId', rd."runId", 'deliveredAt', rd."deliveredAt") ORDER BY rd."canonicalVersion" DESC, rd."deliveredAt" DESC)
        FROM record_delivery rd WHERE rd."canonicalRecordId" = t.id), '[]'::jsonb) AS deliveries
    FROM target t`;
  const row = rows[0];
  if (!row) return null;
  const versions = new Map<number, RecordTrace['versions'][number]>();
  const at = (version: number) => {
    let entry = versions.get(version);
    if (!entry) versions.set(version, (entry = { version, sources: [], deliveries: [] }));
    return entry;
  };
  for (const { version, ...source } of row.sources) at(version).sources.push(source);
  for (const { version, ...delivery } of row.deliveries) at(version).deliveries.push(delivery);
  const { sources: _sources, deliveries: _deliveries, ...record } = row;
  return { record, versions: [...versions.values()].sort((a, b) => b.version - a.version) };
}

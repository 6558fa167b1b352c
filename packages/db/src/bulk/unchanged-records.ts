import type pg from 'pg';

/** A mapped record about to be staged: enough to tell whether the hub already holds it. */
export interface RecordFingerprint {
  identity: string;
  hash: string;
  deleted: boolean;
  externalId: string;
  sourceHash: string;
}

/*
 * Index look-ups per record, whatever the statistics say: during a bulk load they are stale, and a
 * planner that believes the tables are tiny would hash-join the tenant's whole lineage on every
 * page, or probe the wrong index and filter. LATERAL ... LIMIT 1 cannot be flattened, and ORDER BY
 * the unique index's columns makes that index the one that costs nothing to use: each record
 * costs two index probes.
 */
const unchangedSql = `SELECT (k.ord - 1)::int AS i
FROM unnest($4::text[], $5::text[], $6::boolean[], $7::text[], $8::text[]) WITH ORDINALITY AS k(identity, hash, deleted, external_id, source_hash, ord)
CROSS JOIN LATERAL (
  SELECT c.id FROM canonical_record c
  WHERE c."tenantId" = $1::uuid AND c.model = $2 AND c.identity >= k.identity AND c.identity <= k.identity AND c.hash = k.hash AND c.deleted = k.deleted
  ORDER BY c."tenantId", c.model, c.identity
  LIMIT 1
) c
CROSS JOIN LATERAL (
  SELECT 1 FROM record_source rs
  WHERE rs."tenantId" = $1::uuid AND rs."connectionId" = $3::uuid AND rs."externalId" >= k.external_id AND rs."externalId" <= k.external_id
    AND rs."sourceHash" = k.source_hash AND rs."canonicalRecordId" = c.id
  ORDER BY rs."tenantId", rs."connectionId", rs."externalId"
  LIMIT 1
) seen`;

/**
 * Which of these records need no write at all: the hub already holds the same content for the
 * identity AND a lineage edge already ties this very source payload (connection, external id,
 * source hash) to that record. One round trip of fingerprints (no payloads), so a rerun over
 * unchanged data reads but never writes. Returns indexes into `records`.
 */
export async function selectUnchangedRecords(
  client: pg.ClientBase,
  scope: { tenantId: string; model: string; connectionId: string },
  records: readonly RecordFingerprint[],
): Promise<Set<number>> {
  if (records.length === 0) return new Set();
  const result = await client.query<{ i: number }>(unchangedSql, [
    scope.tenantId,
    scope.model,
    scope.connectionId,
    records.map((r) => r.identity),
    records.map((r) => r.hash),
    records.map((r) => r.deleted),
    records.map((r) => r.externalId),
    records.map((r) => r.sourceHash),
  ]);
  return new Set(result.rows.map((row) => row.i));
}

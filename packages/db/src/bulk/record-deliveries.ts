import type pg from 'pg';

/** A canonical record version a destination acknowledged. */
export interface DeliveryRow {
  canonicalRecordId: string;
  canonicalVersion: number;
  /** the destination's id for the record, when it reports one */
  externalId: string | null;
  idempotencyKey: string;
}

const insertSql = `WITH written AS (
  INSERT INTO record_delivery ("tenantId", "canonicalRecordId", "canonicalVersion", "connectionId", "externalId", "idempotencyKey", "runId")
  SELECT $1::uuid, d.canonical_id, d.version, $2::uuid, d.external_id, d.key, $3::uuid
  FROM unnest($4::uuid[], $5::int[], $6::text[], $7::text[]) AS d(canonical_id, version, external_id, key)
  ON CONFLICT ("canonicalRecordId", "canonicalVersion", "connectionId") DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS n FROM written`;

/**
 * Delivery edges for one destination; a (record, version, destination) already recorded is
 * left alone (the idempotency key is derived from exactly that triple). Returns how many rows were new.
 */
export async function insertRecordDeliveries(
  client: pg.ClientBase,
  scope: { tenantId: string; destinationConnectionId: string; runId: string | null },
  rows: readonly DeliveryRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await client.query<{ n: number }>(insertSql, [
    scope.tenantId,
    scope.destinationConnectionId,
    scope.runId,
    rows.map((r) => r.canonicalRecordId),
    rows.map((r) => r.canonicalVersion),
    rows.map((r) => r.externalId),
    rows.map((r) => r.idempotencyKey),
  ]);
  return result.rows[0]?.n ?? 0;
}

/** A record version whose delivery to one destination is in question. */
export interface DeliveryTarget {
  canonicalRecordId: string;
  canonicalVersion: number;
}

/** Indexes into `targets` of the versions the destination has already acknowledged (one primary-key probe each, see `preferIndexLookups`). */
export async function selectDeliveredVersions(client: pg.ClientBase, destinationConnectionId: string, targets: readonly DeliveryTarget[]): Promise<Set<number>> {
  if (targets.length === 0) return new Set();
  const result = await client.query<{ i: number }>(
    `SELECT (k.ord - 1)::int AS i FROM unnest($2::uuid[], $3::int[]) WITH ORDINALITY AS k(canonical_id, version, ord)
     CROSS JOIN LATERAL (
       SELECT 1 FROM record_delivery rd
       WHERE rd."canonicalRecordId" = k.canonical_id AND rd."canonicalVersion" >= k.version AND rd."canonicalVersion" <= k.version AND rd."connectionId" = $1::uuid
       ORDER BY rd."canonicalRecordId", rd."canonicalVersion", rd."connectionId"
       LIMIT 1
     ) d`,
    [destinationConnectionId, targets.map((t) => t.canonicalRecordId), targets.map((t) => t.canonicalVersion)],
  );
  return new Set(result.rows.map((row) => row.i));
}

/** A record the hub changed for a sync that a destination has not acknowledged yet (its current version). */
export interface PendingDelivery {
  lineageId: string;
  /** the run that wrote the lineage edge */
  runId: string | null;
  canonicalRecordId: string;
  version: number;
  data: unknown;
  hash: string;
  deleted: boolean;
}

const pendingSql = `SELECT rs.id::text AS lineage_id, rs."runId" AS run_id, c.id, c.version, c.data, c.hash, c.deleted
FROM record_source rs
CROSS JOIN LATERAL (SELECT id, version, data, hash, deleted FROM canonical_record WHERE id = rs."canonicalRecordId" LIMIT 1) c
LEFT JOIN LATERAL (
  SELECT 1 AS found FROM record_delivery rd
  WHERE rd."canonicalRecordId" = c.id AND rd."canonicalVersion" >= c.version AND rd."canonicalVersion" <= c.version AND rd."connectionId" = $4::uuid
  ORDER BY rd."canonicalRecordId", rd."canonicalVersion", rd."connectionId"
  LIMIT 1
) d ON true
WHERE rs.id > $2::bigint AND rs."syncConfigId" = $3::uuid AND rs."tenantId" = $1::uuid AND d.found IS NULL
ORDER BY rs.id
LIMIT $5`;

/**
 * Lineage edges of a sync written after `afterLineageId` whose record's current version the
 * destination has not acknowledged: what a worker that died between committing a page and
 * delivering it left behind. Ordered by lineage id (a record may appear more than once); page
 * through with the last id returned.
 */
export async function selectPendingDeliveries(
  client: pg.ClientBase,
  scope: { tenantId: string; syncConfigId: string; destinationConnectionId: string },
  afterLineageId: string,
  limit: number,
): Promise<PendingDelivery[]> {
  const result = await client.query<{ lineage_id: string; run_id: string | null; id: string; version: number; data: unknown; hash: string; deleted: boolean }>(pendingSql, [
    scope.tenantId,
    afterLineageId,
    scope.syncConfigId,
    scope.destinationConnectionId,
    limit,
  ]);
  return result.rows.map((row) => ({ lineageId: row.lineage_id, runId: row.run_id, canonicalRecordId: row.id, version: row.version, data: row.data, hash: row.hash, deleted: row.deleted }));
}

import type pg from 'pg';
import { copyRows, type CopyValue } from './copy-text';

/** Where a page of records comes from and lands: the lineage columns shared by every row of the page. */
export interface CanonicalPageTarget {
  tenantId: string;
  model: string;
  /** the source connection */
  connectionId: string;
  syncConfigId: string | null;
  stream: string;
  runId: string | null;
  mappingVersion: number;
}

/** One mapped record, ready for the hub: `data` is its canonical JSON text and `hash` that text's content hash. */
export interface StagedRecord {
  identity: string;
  data: string;
  hash: string;
  deleted: boolean;
  externalId: string;
  sourceHash: string;
}

export type CanonicalChangeKind = 'created' | 'updated' | 'deleted';

/** A canonical record version this page created. */
export interface CanonicalChange {
  canonicalId: string;
  identity: string;
  version: number;
  kind: CanonicalChangeKind;
}

export interface CanonicalUpsertResult {
  changes: CanonicalChange[];
  /** staged rows whose canonical record already had this content (a lineage edge was still written) */
  unchanged: number;
  lineageRows: number;
  /** the highest record_source id written (bigint as text), null when none */
  maxLineageId: string | null;
}

const stageTable = 'tributary_canonical_stage';
const stageColumns = ['seq', 'identity', 'data', 'hash', 'deleted', 'external_id', 'source_hash'];

const createStage = `CREATE TEMP TABLE IF NOT EXISTS ${stageTable} (
  seq integer NOT NULL, identity text NOT NULL, data jsonb NOT NULL, hash text NOT NULL, deleted boolean NOT NULL,
  external_id text NOT NULL, source_hash text NOT NULL
) ON COMMIT DELETE ROWS`;

/**
 * ONE statement: merge the staged records into canonical_record by (tenant, model, identity)
 * (the last staged row per identity wins: a statement may not update a row twice; the version
 * grows only when content or deletion changed), then write every staged row's lineage edge to
 * its record's version as it stands after the merge. Identities the merge left alone (content
 * already there) are looked up in the statement's snapshot, which is exactly their current state.
 */
const mergeSql = `WITH picked AS (
  SELECT DISTINCT ON (identity) identity, data, hash, deleted FROM ${stageTable} ORDER BY identity, seq DESC
), merged AS (
  INSERT INTO canonical_record AS c ("tenantId", model, identity, data, hash, version, deleted)
  SELECT $1::uuid, $2, p.identity, p.data, p.hash, 1, p.deleted FROM picked p
  ON CONFLICT ("tenantId", model, identity) DO UPDATE
    SET data = EXCLUDED.data, hash = EXCLUDED.hash, deleted = EXCLUDED.deleted, version = c.version + 1, "updatedAt" = now()
    WHERE c.hash IS DISTINCT FROM EXCLUDED.hash OR c.deleted IS DISTINCT FROM EXCLUDED.deleted
  RETURNING c.id, c.identity, c.version, c.deleted, (c.xmax = 0) AS inserted
), untouched AS (
  SELECT p.identity, c.id, c.version FROM picked p
  CROSS JOIN LATERAL (
    SELECT id, version FROM canonical_record
    WHERE "tenantId" = $1::uuid AND model = $2 AND identity >= p.identity AND identity <= p.identity
    ORDER BY "tenantId", model, identity LIMIT 1
  ) c
  WHERE NOT EXISTS (SELECT 1 FROM merged m WHERE m.identity = p.identity)
), targets AS (
  SELECT identity, id, version FROM merged UNION ALL SELECT identity, id, version FROM untouched
), lineage AS (
  INSERT INTO record_source ("tenantId", "canonicalRecordId", "canonicalVersion", "connectionId", "syncConfigId", stream, "externalId", "sourceHash", "runId", "mappingVersion")
  SELECT $1::uuid, t.id, t.version, $3::uuid, $4::uuid, $5, s.external_id, s.source_hash, $6::uuid, $7
  FROM ${stageTable} s JOIN targets t ON t.identity = s.identity
  ORDER BY s.seq
  RETURNING id
)
SELECT m.id, m.identity, m.version, m.deleted, m.inserted, l.n AS lineage_rows, l.max_id
FROM (SELECT count(*)::int AS n, max(id)::text AS max_id FROM lineage) l
LEFT JOIN merged m ON true`;

/**
 * The hub's write path for one page, on the caller's client inside its (tenant-scoped)
 * transaction: COPY the staged records into a temp table, merge them into canonical_record
 * by (tenant, model, identity) with the content-hash guard, then write the lineage edges
 * from the same staging table. Returns what changed; rows not returned were unchanged.
 */
export async function upsertCanonicalRecords(client: pg.ClientBase, target: CanonicalPageTarget, records: readonly StagedRecord[]): Promise<CanonicalUpsertResult> {
  if (records.length === 0) return { changes: [], unchanged: 0, lineageRows: 0, maxLineageId: null };
  await client.query(createStage);
  await copyRows(client, stageTable, stageColumns, stageRows(records));
  const merged = await client.query<{ id: string | null; identity: string; version: number; deleted: boolean; inserted: boolean; lineage_rows: number; max_id: string | null }>(
    mergeSql,
    [target.tenantId, target.model, target.connectionId, target.syncConfigId, target.stream, target.runId, target.mappingVersion],
  );
  const summary = merged.rows[0];
  const rows = merged.rows.filter((row) => row.id !== null);
  const changes = rows.map(
    (row): CanonicalChange => ({
      canonicalId: row.id as string,
      identity: row.identity,
      version: row.version,
      kind: row.deleted ? 'deleted' : row.inserted ? 'created' : 'updated',
    }),
  );
  return {
    changes,
    // a record whose identity another record of the page also had counts as unchanged: the last one wins
    unchanged: records.length - changes.length,
    lineageRows: summary?.lineage_rows ?? 0,
    maxLineageId: summary?.max_id ?? null,
  };
}

function* stageRows(records: readonly StagedRecord[]): Generator<CopyValue[]> {
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i] as StagedRecord;
    yield [i, r.identity, { json: r.data }, r.hash, r.deleted, r.externalId, r.sourceHash];
  }
}

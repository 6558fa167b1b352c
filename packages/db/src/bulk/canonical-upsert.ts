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

/** The last staged row per identity wins (a statement may not update one row twice); version grows only when content or deletion changes. */
const mergeSql = `WITH picked AS (
  SELECT DISTINCT ON (identity) identity, data, hash, deleted FROM ${stageTable} ORDER BY identity, seq DESC
)
INSERT INTO canonical_record AS c ("tenantId", model, identity, data, hash, version, deleted)
SELECT $1::uuid, $2, p.identity, p.data, p.hash, 1, p.deleted FROM picked p
ON CONFLICT ("tenantId", model, identity) DO UPDATE
  SET data = EXCLUDED.data, hash = EXCLUDED.hash, deleted = EXCLUDED.deleted, version = c.version + 1, "updatedAt" = now()
  WHERE c.hash IS DISTINCT FROM EXCLUDED.hash OR c.deleted IS DISTINCT FROM EXCLUDED.deleted
RETURNING c.id, c.identity, c.version, c.deleted, (c.xmax = 0) AS inserted`;

/** Every staged row gets a lineage edge to its record's version as it stands after the merge (an index probe per row: see unchanged-records.ts). */
const lineageSql = `WITH written AS (
  INSERT INTO record_source ("tenantId", "canonicalRecordId", "canonicalVersion", "connectionId", "syncConfigId", stream, "externalId", "sourceHash", "runId", "mappingVersion")
  SELECT $1::uuid, c.id, c.version, $3::uuid, $4::uuid, $5, s.external_id, s.source_hash, $6::uuid, $7
  FROM ${stageTable} s
  CROSS JOIN LATERAL (
    SELECT id, version FROM canonical_record WHERE "tenantId" = $1::uuid AND model = $2 AND identity = s.identity LIMIT 1
  ) c
  ORDER BY s.seq
  RETURNING id
)
SELECT count(*)::int AS n, max(id)::text AS max_id FROM written`;

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
  const merged = await client.query<{ id: string; identity: string; version: number; deleted: boolean; inserted: boolean }>(mergeSql, [target.tenantId, target.model]);
  const lineage = await client.query<{ n: number; max_id: string | null }>(lineageSql, [
    target.tenantId,
    target.model,
    target.connectionId,
    target.syncConfigId,
    target.stream,
    target.runId,
    target.mappingVersion,
  ]);
  const changes = merged.rows.map(
    (row): CanonicalChange => ({
      canonicalId: row.id,
      identity: row.identity,
      version: row.version,
      kind: row.deleted ? 'deleted' : row.inserted ? 'created' : 'updated',
    }),
  );
  return {
    changes,
    // a record whose identity another record of the page also had counts as unchanged: the last one wins
    unchanged: records.length - changes.length,
    lineageRows: lineage.rows[0]?.n ?? 0,
    maxLineageId: lineage.rows[0]?.max_id ?? null,
  };
}

function* stageRows(records: readonly StagedRecord[]): Generator<CopyValue[]> {
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i] as StagedRecord;
    yield [i, r.identity, { json: r.data }, r.hash, r.deleted, r.externalId, r.sourceHash];
  }
}

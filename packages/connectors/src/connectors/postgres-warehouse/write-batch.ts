import type pg from 'pg';
import type { CanonicalModelName } from '../../canonical/index';
import type { WriteItem, WriteOutcome } from '../../contract';
import { copyItems } from './copy-rows';
import type { WarehousePool } from './warehouse-pool';
import { buildEnsureTableSql, buildUpsertSql } from './warehouse-tables';

const stagingTable = 'pg_temp.tributary_stage';

/**
 * Writes a batch: COPY into a session temp table, then one INSERT … SELECT … ON CONFLICT that only
 * replaces rows with an older version. Items that were not newer (a replay, an out-of-order older
 * version, a lower duplicate in the same batch) come back `written: false`.
 */
export async function writeWarehouseBatch(
  entry: WarehousePool,
  schema: string,
  model: CanonicalModelName,
  items: readonly WriteItem[],
): Promise<WriteOutcome[]> {
  if (items.length === 0) return [];
  const newest = pickNewestPerId(items);
  const client = await entry.pool.connect();
  let broken: Error | undefined;
  try {
    await ensureTable(client, entry, schema, model);
    await ensureStaging(client, entry);
    const candidates = [...newest.values()].map((index) => items[index] as WriteItem);
    let failures = new Map<string, string>();
    let written: Set<string>;
    try {
      written = await upsertThroughStaging(client, schema, model, candidates);
    } catch (error) {
      if (isMissingRelation(error)) {
        // the table or schema was dropped behind our back: recreate it once
        entry.ensuredTables.delete(`${schema}.${model}`);
        await ensureTable(client, entry, schema, model);
        written = await upsertThroughStaging(client, schema, model, candidates);
      } else if (isRecordDataError(error)) {
        ({ written, failures } = await upsertOneByOne(client, schema, model, candidates));
      } else {
        throw error;
      }
    }
    return items.map((item, index): WriteOutcome => {
      const failure = newest.get(item.canonicalId) === index ? failures.get(item.canonicalId) : undefined;
      if (failure !== undefined) return { ok: false, error: { code: 'destination_rejected', message: failure } };
      const isWritten = newest.get(item.canonicalId) === index && written.has(item.canonicalId);
      return { ok: true, externalId: item.canonicalId, written: isWritten };
    });
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** canonical id -> index of its highest version in the batch (one statement cannot update a row twice). */
function pickNewestPerId(items: readonly WriteItem[]): Map<string, number> {
  const newest = new Map<string, number>();
  items.forEach((item, index) => {
    const seen = newest.get(item.canonicalId);
    if (seen === undefined || (items[seen] as WriteItem).version < item.version) newest.set(item.canonicalId, index);
  });
  return newest;
}

async function upsertThroughStaging(
  client: pg.PoolClient,
  schema: string,
  model: CanonicalModelName,
  items: readonly WriteItem[],
): Promise<Set<string>> {
  await client.query('BEGIN');
  try {
    await copyItems(client, stagingTable, items);
    const result = await client.query<{ canonical_id: string }>(buildUpsertSql(schema, model, stagingTable));
    await client.query('COMMIT');
    return new Set(result.rows.map((row) => row.canonical_id));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** After a batch hit bad data, isolates the offending records: each one alone, the others still written. */
async function upsertOneByOne(client: pg.PoolClient, schema: string, model: CanonicalModelName, items: readonly WriteItem[]) {
  const written = new Set<string>();
  const failures = new Map<string, string>();
  for (const item of items) {
    try {
      for (const id of await upsertThroughStaging(client, schema, model, [item])) written.add(id);
    } catch (error) {
      if (!isRecordDataError(error)) throw error;
      failures.set(item.canonicalId, error.message);
    }
  }
  return { written, failures };
}

function readSqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** undefined_table / invalid_schema_name */
function isMissingRelation(error: unknown): boolean {
  const code = readSqlState(error);
  return code === '42P01' || code === '3F000';
}

/** Postgres data exceptions (class 22) and integrity violations (class 23) are the record's fault, not the batch's. */
function isRecordDataError(error: unknown): error is Error & { code: string } {
  const code = readSqlState(error);
  return error instanceof Error && code !== undefined && (code.startsWith('22') || code.startsWith('23'));
}

async function ensureTable(client: pg.PoolClient, entry: WarehousePool, schema: string, model: CanonicalModelName): Promise<void> {
  const key = `${schema}.${model}`;
  if (entry.ensuredTables.has(key)) return;
  await client.query('BEGIN');
  try {
    // concurrent writers of a new tenant would race on CREATE SCHEMA / TABLE IF NOT EXISTS
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tributary-warehouse:${schema}`]);
    for (const sql of buildEnsureTableSql(schema, model)) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  entry.ensuredTables.add(key);
}

async function ensureStaging(client: pg.PoolClient, entry: WarehousePool): Promise<void> {
  if (entry.stagedClients.has(client)) return;
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS tributary_stage (
      canonical_id text NOT NULL, version integer NOT NULL, data jsonb NOT NULL, deleted boolean NOT NULL
    ) ON COMMIT DELETE ROWS`,
  );
  entry.stagedClients.add(client);
}

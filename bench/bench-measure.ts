/** What the benchmark measures besides the runs: rows written since a point, and the COPY baseline. */
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export interface WrittenRows {
  canonical: number;
  lineage: number;
  deliveries: number;
  deadLetters: number;
  warehouse: number;
}

export async function readXid(pool: pg.Pool): Promise<string> {
  return (await pool.query(`SELECT txid_current()::text AS xid`)).rows[0].xid as string;
}

async function countWritten(pool: pg.Pool, table: string, xid: string): Promise<number> {
  const sql = `SELECT count(*)::int AS n FROM ${table} WHERE xmin::text::bigint > ($1::bigint % 4294967296)`;
  return (await pool.query(sql, [xid])).rows[0].n as number;
}

/** Rows inserted or updated (xmin newer than the mark) in the hub's record tables and the warehouse table. */
export async function countWrittenRows(hub: pg.Pool, warehouse: pg.Pool, warehouseTable: string, marks: { hub: string; warehouse: string }): Promise<WrittenRows> {
  return {
    canonical: await countWritten(hub, 'canonical_record', marks.hub),
    lineage: await countWritten(hub, 'record_source', marks.hub),
    deliveries: await countWritten(hub, 'record_delivery', marks.hub),
    deadLetters: await countWritten(hub, 'dead_letter', marks.hub),
    warehouse: await countWritten(warehouse, warehouseTable, marks.warehouse),
  };
}

/**
 * The baseline: COPY of the same rows (the hub's canonical records: id, identity, JSON data,
 * hash) into a fresh LOGGED table with a primary key, streamed from the hub by COPY TO.
 * Returns rows per second.
 */
export async function measureCopyBaseline(adminUrl: string): Promise<{ rows: number; seconds: number; rate: number }> {
  const source = new pg.Client({ connectionString: adminUrl });
  const target = new pg.Client({ connectionString: adminUrl });
  await Promise.all([source.connect(), target.connect()]);
  try {
    await target.query(`DROP TABLE IF EXISTS bench_copy_baseline`);
    await target.query(`CREATE TABLE bench_copy_baseline (id uuid PRIMARY KEY, identity text NOT NULL, data jsonb NOT NULL, hash text NOT NULL)`);
    const started = process.hrtime.bigint();
    const reader = source.query(copyTo(`COPY (SELECT id, identity, data, hash FROM canonical_record) TO STDOUT`));
    const writer = target.query(copyFrom(`COPY bench_copy_baseline (id, identity, data, hash) FROM STDIN`));
    await pipeline(reader, writer);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = (await target.query(`SELECT count(*)::int AS n FROM bench_copy_baseline`)).rows[0].n as number;
    await target.query(`DROP TABLE bench_copy_baseline`);
    return { rows, seconds, rate: rows / seconds };
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

import type pg from 'pg';

/**
 * For the rest of the caller's transaction, make the hot path's look-ups use the right index.
 * During a bulk load the statistics of canonical_record / record_source / record_delivery are
 * stale (autovacuum's ANALYZE trails far behind); a planner that believes those tables are small
 * happily probes canonical_record through (tenant, model, updatedAt) and filters on identity,
 * scanning the whole tenant for EVERY record of every page: a sync turns quadratic (measured:
 * a page went from 15 ms to 3 s at 20k rows). So each look-up is written
 *   `... AND key >= $k AND key <= $k ORDER BY <the unique index's columns> LIMIT 1`
 * (a range, not `=`, so the planner cannot prove the row unique and drop the ORDER BY), and with
 * sorts and sequential scans priced out here, only the unique index, which yields that order,
 * can answer it. The page-sized sorts the statements really need still run. JIT goes off too:
 * before Postgres 18 a disabled plan node costs 1e10, so every hot-path statement crossed
 * jit_above_cost and was compiled anew (measured on Postgres 15: 3.8k -> 11.5k records/s).
 */
export const indexLookupSettings = { enable_seqscan: 'off', enable_sort: 'off', jit: 'off' } as const;

const setLocalSql = Object.entries(indexLookupSettings)
  .map(([name, value]) => `SET LOCAL ${name} = ${value}`)
  .join('; ');

/** `indexLookupSettings` on a transaction already open (`withTenantConnection` can also set them as it begins). */
export async function preferIndexLookups(client: pg.ClientBase): Promise<void> {
  await client.query(setLocalSql);
}

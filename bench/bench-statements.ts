/**
 * BENCH_STATEMENTS=1: the server preloads pg_stat_statements, and after each phase the benchmark
 * prints where Postgres spent that phase's time, statement by statement (both databases).
 */
import type pg from 'pg';

export const statementsWanted = process.env.BENCH_STATEMENTS === '1';

export function statementSettings(): Record<string, string> {
  return statementsWanted ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.track_planning': 'on' } : {};
}

export async function resetStatements(admin: pg.Pool): Promise<void> {
  if (!statementsWanted) return;
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await admin.query('SELECT pg_stat_statements_reset()');
}

export async function printStatements(admin: pg.Pool, log: (line: string) => void, limit = 12): Promise<void> {
  if (!statementsWanted) return;
  const { rows } = await admin.query<{ ms: number; plan_ms: number; calls: string; rows: string; query: string }>(
    `SELECT round(total_exec_time)::int AS ms, round(total_plan_time)::int AS plan_ms, calls::text, rows::text, regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
     FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  for (const row of rows) log(`  ${String(row.ms).padStart(7)} ms (+${row.plan_ms} planning) ${row.calls.padStart(6)} calls ${row.rows.padStart(8)} rows  ${row.query}`);
}

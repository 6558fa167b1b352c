import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** Test support: a throwaway database on the test Postgres, dropped by `drop()`. */
export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A value the integration project's global setup provides (absent under other configs). */
function readProvided(key: string): string | undefined {
  const value: unknown = (inject as (key: string) => unknown)(key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Creates an empty database on the server the integration suite uses (its global setup's admin
 * URL, else TRIBUTARY_TEST_PG_URL, else the local Postgres on 5432). Named `t_<run id>_…` when
 * a run id is provided, so the suite's teardown also removes leftovers of crashed tests.
 */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const adminUrl = readProvided('databaseAdminUrl') ?? process.env.TRIBUTARY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const runId = readProvided('testRunId');
  const name = `${runId ? `t_${runId}` : 'tributary'}_${label.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  };
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

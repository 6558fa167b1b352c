import path from 'node:path';
import pg from 'pg';
import { appDatabaseUrl, ensureAppRole, migrateDatabase, resolveDatabase, withDatabaseName, type RunningDatabase } from '@tributary/db/admin';

export interface PreparedDatabase {
  server: RunningDatabase;
  /** owner URL of the product's database */
  adminUrl: string;
  /** application-role URL of the same database */
  appUrl: string;
}

/**
 * DATABASE_URL if set (its database is created when missing), else an embedded
 * Postgres under <dataDir>/postgres with a database `tributary`; then the app role and
 * every migration.
 */
export async function prepareDatabase(options: { dataDir: string; databaseUrl?: string; appPassword: string; log: (line: string) => void }): Promise<PreparedDatabase> {
  const server = await resolveDatabase({ databaseUrl: options.databaseUrl, dataDir: path.join(options.dataDir, 'postgres'), port: 54329 });
  const adminUrl = options.databaseUrl ?? withDatabaseName(server.adminUrl, 'tributary');
  await ensureDatabase(adminUrl, decodeURIComponent(new URL(adminUrl).pathname.slice(1)) || 'postgres', options.log);
  await ensureAppRole(adminUrl, options.appPassword);
  options.log('applying migrations');
  await migrateDatabase(adminUrl);
  return { server, adminUrl, appUrl: appDatabaseUrl(adminUrl, options.appPassword) };
}

/** Create `database` on the server of `serverUrl` when missing; returns its URL (same credentials). */
export async function ensureDatabase(serverUrl: string, database: string, log: (line: string) => void = () => undefined): Promise<string> {
  const maintenance = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await maintenance.connect();
  try {
    const found = await maintenance.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) {
      log(`creating database ${database}`);
      await maintenance.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    }
  } finally {
    await maintenance.end();
  }
  return withDatabaseName(serverUrl, database);
}

import pg from 'pg';

/** The role the application connects as. It has no BYPASSRLS: Row Level Security applies to every query it makes. */
export const APP_ROLE = 'tributary_app';

/**
 * Make sure the application role can log in with `password` (the rls migration
 * creates it NOLOGIN; roles are cluster-wide, so this runs once per server).
 */
export async function ensureAppRole(adminUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const literal = (await client.query('SELECT quote_literal($1) AS q', [password])).rows[0].q as string;
    const verb = exists.rowCount ? 'ALTER' : 'CREATE';
    await client.query(`${verb} ROLE ${APP_ROLE} LOGIN NOBYPASSRLS NOSUPERUSER PASSWORD ${literal}`);
  } catch (err) {
    // two processes may race to create the role; the loser's ALTER path is equivalent
    if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42710') throw err;
  } finally {
    await client.end();
  }
}

/** The application's URL: the admin URL's host and database, as the application role. */
export function appDatabaseUrl(adminUrl: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** The same server and credentials, another database. */
export function withDatabaseName(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

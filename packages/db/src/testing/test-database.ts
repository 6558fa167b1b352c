import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { appDatabaseUrl, withDatabaseName } from '../app-role';

export const TEST_APP_PASSWORD = 'tributary_app';

export interface TestDatabase {
  name: string;
  /** owner role: set-up and privileged assertions */
  adminUrl: string;
  /** the application role: Row Level Security applies */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (tens of milliseconds). */
export async function createTestDatabase(label = 'db'): Promise<TestDatabase> {
  const serverUrl = inject('databaseAdminUrl');
  const template = inject('templateDatabase');
  const name = `t_${inject('testRunId')}_${label.replace(/[^a-z0-9]/gi, '').slice(0, 20).toLowerCase()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const adminUrl = withDatabaseName(serverUrl, name);
  return {
    name,
    adminUrl,
    appUrl: appDatabaseUrl(adminUrl, TEST_APP_PASSWORD),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        // let clients that are closing finish first: forcing terminates them with a FATAL their pools may not expect
        for (let i = 0; i < 30; i++) {
          const open = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (open.rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

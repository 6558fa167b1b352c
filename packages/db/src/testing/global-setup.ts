import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureAppRole, migrateDatabase, resolveDatabase, withDatabaseName } from '../admin';
import { TEST_APP_PASSWORD } from './test-database';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const sharedDataDir = path.join(repoRoot, '.data/test-postgres');

/** The shared embedded data dir, unless another test run's server holds it: then a private one for this run. */
async function chooseEmbeddedDataDir(): Promise<string> {
  const pidFile = path.join(sharedDataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return sharedDataDir;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return sharedDataDir; // a stale pid file: the server is not running
  }
  return path.join(repoRoot, `.data/test-postgres-${process.pid}`);
}

/** A hash of every migration: the template is rebuilt exactly when migrations change. */
async function hashMigrations(): Promise<string> {
  const dir = path.join(repoRoot, 'prisma/migrations');
  const hash = createHash('sha256');
  for (const entry of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(entry.name);
    hash.update(await readFile(path.join(dir, entry.name, 'migration.sql')));
  }
  return hash.digest('hex').slice(0, 12);
}

interface SharedServer {
  adminUrl: string;
  template: string;
  runId: string;
  users: number;
  stop(): Promise<void>;
}

/** Both suites that need Postgres run their global set-up in this one process: share one server. */
const sharedKey = Symbol.for('tributary.test-database');
type Shared = { [sharedKey]?: Promise<SharedServer> };

async function prepareServer(): Promise<SharedServer> {
  const dataDir = await chooseEmbeddedDataDir();
  const database = await resolveDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, port: 54339 });
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  const template = `tributary_tpl_${await hashMigrations()}`;
  try {
    await admin.query('SELECT pg_advisory_lock(74210)');
    await ensureAppRole(database.adminUrl, TEST_APP_PASSWORD);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!found.rowCount) {
      const building = `${template}_build_${randomBytes(3).toString('hex')}`;
      await admin.query(`CREATE DATABASE "${building}"`);
      await migrateDatabase(withDatabaseName(database.adminUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(74210)').catch(() => undefined);
    await admin.end();
  }
  const runId = randomBytes(3).toString('hex');
  return {
    adminUrl: database.adminUrl,
    template,
    runId,
    users: 0,
    async stop() {
      const cleanup = new pg.Client({ connectionString: database.adminUrl });
      await cleanup.connect();
      try {
        const leftovers = await cleanup.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`t_${runId}_%`]);
        for (const row of leftovers.rows) await cleanup.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
      await database.stop();
      if (dataDir !== sharedDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Once per test run: find a Postgres (DATABASE_URL, else an embedded server under
 * .data/test-postgres), make sure a migrated template database exists, and hand
 * its name to the test files, which each clone it into a fresh database.
 */
export default async function setup(project: TestProject) {
  const shared = globalThis as Shared;
  shared[sharedKey] ??= prepareServer();
  const server = await shared[sharedKey];
  server.users += 1;
  project.provide('databaseAdminUrl', server.adminUrl);
  project.provide('templateDatabase', server.template);
  project.provide('testRunId', server.runId);

  return async () => {
    server.users -= 1;
    if (server.users > 0) return;
    delete shared[sharedKey];
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    templateDatabase: string;
    testRunId: string;
  }
}

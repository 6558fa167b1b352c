import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncConfig } from '../config/create-sync-config';
import { startSyncFixture, waitForRun, type SyncFixture } from '../testing/sync-fixture';
import { requestSyncRun } from './request-sync-run';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const contacts = 50_000;
const kills = 3;
let fx: SyncFixture;
let worker: { child: ChildProcess; pages: number; output: string[] } | undefined;

/** The real worker (apps/worker/src/main.ts) as a child process. */
function spawnWorker(): NonNullable<typeof worker> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'apps/worker/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: fx.database.adminUrl,
      APP_DATABASE_URL: fx.database.appUrl,
      CREDENTIAL_KEYS: fx.credentialKeys,
      SYNC_PAGE_SIZE: '1000',
      SYNC_STEP_PAGES: '4',
      WORKER_MONITOR_SECONDS: '1',
      WORKER_LOG: 'json',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group: tsx's CLI runs the worker in a child process, and SIGKILL must reach both
    detached: true,
  });
  const state = { child, pages: 0, output: [] as string[] };
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.includes('"type":"page"')) state.pages += 1;
      if (line) state.output.push(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => state.output.push(chunk.toString()));
  return state;
}

function killGroup(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      const jobs = await fx.admin.query(`SELECT name, state, retry_count, singleton_key, heartbeat_on, heartbeat_seconds, start_after, started_on, output FROM pgboss.job ORDER BY created_on`);
      throw new Error(`timed out; worker said:\n${worker?.output.slice(-20).join('\n')}\njobs: ${JSON.stringify(jobs.rows, null, 1)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  fx = await startSyncFixture('workerkill', { contacts });
});

afterAll(async () => {
  if (worker && worker.child.exitCode === null) killGroup(worker.child);
  await fx?.close();
});

describe('a worker killed with SIGKILL at random points', () => {
  it('ends with exactly the source records in the warehouse, no duplicates, and a reconciled run', { timeout: 150_000 }, async () => {
    const { syncConfigId } = await createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
      name: 'contacts',
      sourceConnectionId: fx.tenant.crmConnectionId,
      sourceStream: 'contacts',
      model: 'contact',
      destinationConnectionIds: [fx.tenant.warehouseConnectionId],
    });
    const requested = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    for (let kill = 0; kill < kills; kill += 1) {
      worker = spawnWorker();
      const current = worker;
      // let this worker commit a few pages, then kill it somewhere inside the next ones
      await waitFor(() => current.pages >= 1 + Math.floor(Math.random() * 3), 60_000);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      const exited = new Promise((resolve) => current.child.once('exit', resolve));
      killGroup(current.child);
      await exited;
    }
    worker = spawnWorker();
    const run = await waitForRun(fx.admin, requested.runId, 120_000);
    expect(run).toMatchObject({ status: 'succeeded', readCount: contacts, createdCount: contacts, failedCount: 0 });
    expect(run.reconciliation, JSON.stringify({ reconciliation: run.reconciliation, pushed: run.pushed })).toMatchObject({ ok: true });

    const warehouse = await fx.warehouseDb.query(`SELECT canonical_id, version FROM "${fx.tenant.warehouseSchema}".contact`);
    expect(warehouse.rowCount).toBe(contacts);
    expect(new Set(warehouse.rows.map((r) => r.canonical_id)).size).toBe(contacts);
    const hub = await fx.admin.query(`SELECT c.id, c.version, rs."externalId" FROM canonical_record c JOIN record_source rs ON rs."canonicalRecordId" = c.id`);
    expect(hub.rowCount).toBe(contacts); // one lineage edge per record: no page committed twice
    const byId = new Map(hub.rows.map((r) => [r.id as string, r]));
    expect(warehouse.rows.every((r) => byId.get(r.canonical_id)?.version === r.version)).toBe(true);
    const externalIds = new Set(warehouse.rows.map((r) => byId.get(r.canonical_id)?.externalId));
    expect(externalIds).toEqual(new Set(Array.from({ length: contacts }, (_, i) => String(i + 1))));
    const deliveries = await fx.admin.query(`SELECT count(*)::int AS n, count(DISTINCT "canonicalRecordId")::int AS d FROM record_delivery`);
    expect(deliveries.rows[0]).toEqual({ n: contacts, d: contacts });
  });
});

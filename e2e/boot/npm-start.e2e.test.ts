import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Booted {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startStack(env: Record<string, string>): Booted {
  const { PATH, HOME } = process.env;
  // its own process group, so a failed test can take down the whole stack (`kill(-pid)`)
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: repoRoot, env: { PATH, HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(url: string, booted: Booted, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (booted.child.exitCode !== null) throw new Error(`the stack exited early:\n${booted.output()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return res;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time:\n${booted.output()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface DemoRuns {
  runs: { nodes: { status: string; counts: { read: number; failed: number }; sync: { name: string }; deliveries: { pushed: number; failed: number }[] }[] };
}

/** The demo's first runs (queued by the seed) finish: CRM → warehouse and CRM → warehouse + ERP. */
async function expectDemoSyncsSucceed(apiPort: number, booted: Booted): Promise<void> {
  const api = `http://127.0.0.1:${apiPort}`;
  const session = await fetch(`${api}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@tributary.dev', password: 'tributary-demo' }) });
  expect(session.status).toBe(200);
  const { token } = (await session.json()) as { token: string };
  const query = '{ runs(first: 10) { nodes { status counts { read failed } sync { name } deliveries { pushed failed } } } }';
  let runs: DemoRuns['runs']['nodes'] = [];
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    runs = ((await res.json()) as { data: DemoRuns }).data.runs.nodes;
    if (runs.length >= 2 && runs.every((r) => r.status === 'SUCCEEDED' || r.status === 'FAILED')) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  expect(runs.map((r) => [r.sync.name, r.status]).sort(), booted.output().slice(-3000)).toEqual([
    ['CRM companies → warehouse + ERP', 'SUCCEEDED'],
    ['CRM contacts → warehouse', 'SUCCEEDED'],
  ]);
  const contacts = runs.find((r) => r.sync.name === 'CRM contacts → warehouse');
  expect(contacts?.counts.read).toBe(5000);
  const companies = runs.find((r) => r.sync.name.startsWith('CRM companies'));
  expect(companies?.deliveries.map((d) => d.pushed)).toEqual([500, 500]);
}

async function checkStack(booted: Booted, ports: { api: number; web: number; crm: number }) {
  const health = await waitFor(`http://127.0.0.1:${ports.api}/healthz`, booted, 150_000);
  expect(health.status).toBe(200);
  const gql = await fetch(`http://127.0.0.1:${ports.api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: '{ health { ok database } }' }) });
  expect((await gql.json()).data.health).toEqual({ ok: true, database: true });
  const signin = await waitFor(`http://127.0.0.1:${ports.web}/signin`, booted, 60_000);
  expect(await signin.text()).toContain('Sign in to Tributary');
  const crm = await fetch(`http://127.0.0.1:${ports.crm}/crm/v3/objects/contacts?limit=1`, { headers: { authorization: 'Bearer pat-sandbox-crm' } });
  expect(crm.status).toBe(200);
  expect(booted.output()).toContain('demo@tributary.dev');
  await expectDemoSyncsSucceed(ports.api, booted);
  // Ctrl-C in a terminal: SIGINT to the whole foreground process group
  process.kill(-(booted.child.pid ?? 0), 'SIGINT');
  expect(await booted.exited).toBe(0);
  expect(booted.output()).toContain('[start] stopped');
}

function killGroup(booted: Booted): void {
  if (booted.child.exitCode !== null || !booted.child.pid) return;
  try {
    process.kill(-booted.child.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('npm start', () => {
  it('with DATABASE_URL: migrates, seeds, starts api, worker, portal and sandboxes; Ctrl-C stops them', async () => {
    const database: TestDatabase = await createTestDatabase('boot');
    cleanups.push(() => database.drop());
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tributary-boot-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const ports = { api: 4101, web: 4102, crm: 4103, erp: 4104 };
    const booted = startStack({
      DATABASE_URL: database.adminUrl,
      TRIBUTARY_DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      WEB_PORT: String(ports.web),
      SANDBOX_CRM_PORT: String(ports.crm),
      SANDBOX_ERP_PORT: String(ports.erp),
    });
    cleanups.push(async () => killGroup(booted));
    await checkStack(booted, ports);
  });

  it('without DATABASE_URL: runs an embedded Postgres under the data dir and stops it cleanly', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tributary-embedded-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const ports = { api: 4111, web: 4112, crm: 4113, erp: 4114 };
    const booted = startStack({
      TRIBUTARY_DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      WEB_PORT: String(ports.web),
      SANDBOX_CRM_PORT: String(ports.crm),
      SANDBOX_ERP_PORT: String(ports.erp),
    });
    cleanups.push(async () => killGroup(booted));
    await checkStack(booted, ports);
    expect(booted.output()).toContain('embedded Postgres running');
    // the embedded server is down: its port no longer accepts connections
    const port = Number(/embedded Postgres running \(postgresql:\/\/[^@]+@127\.0\.0\.1:(\d+)/.exec(booted.output())?.[1]);
    expect(port).toBeGreaterThan(0);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});

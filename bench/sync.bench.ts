/**
 * `npm run bench:sync [-- --records N]`: N sandbox-CRM contacts (default 1,000,000) through the
 * hub into the Postgres warehouse with a real worker process; then an incremental rerun after 1%
 * changed; then reruns with nothing changed (incremental, and a full re-read). Prints records/s,
 * the worker's peak RSS, rows written by the unchanged reruns, and the full sync's rate against a
 * COPY of the same rows into a logged table with a primary key, measured in the same run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestSyncRun } from '@tributary/core/sync';
import { z } from 'zod';
import { countWrittenRows, measureCopyBaseline, readXid, type WrittenRows } from './bench-measure';
import { coresUsed, sampleCpu, type CpuSample } from './bench-cpu';
import { setUpWorld, type BenchWorld } from './bench-setup';
import { printStatements, resetStatements } from './bench-statements';
import { startBenchWorker, type BenchWorker } from './bench-worker';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argsSchema = z.object({ records: z.coerce.number().int().min(1000).max(10_000_000).default(1_000_000) });

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const index = argv.indexOf('--records');
  return argsSchema.parse({ records: index >= 0 ? argv[index + 1]?.replace(/[_,]/g, '') : undefined });
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

interface PhaseResult {
  phase: string;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  seconds: number;
  recordsPerSecond: number;
  reconciled: boolean;
  /** cores used during the phase: worker, all Postgres processes, this process (the sandbox CRM) */
  cores: CpuSample;
  written?: WrittenRows;
}

async function runPhase(world: BenchWorld, worker: BenchWorker, phase: string, mode: 'full' | 'incremental'): Promise<PhaseResult> {
  const marks = { hub: await readXid(world.admin), warehouse: await readXid(world.warehouse) };
  await resetStatements(world.admin);
  const cpuBefore = sampleCpu(worker.child.pid);
  const started = Date.now();
  const { runId } = await requestSyncRun(world.deps, { tenantId: world.tenantId, syncConfigId: world.syncConfigId, trigger: 'manual', mode });
  let run: Record<string, unknown> | undefined;
  for (;;) {
    if (worker.child.exitCode !== null) throw new Error(`${phase}: the worker exited (${worker.child.exitCode})`);
    run = (await world.admin.query(`SELECT * FROM sync_run WHERE id = $1`, [runId])).rows[0] as Record<string, unknown>;
    if (run.status !== 'queued' && run.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (Date.now() - started) / 1000;
  const cores = coresUsed(cpuBefore, sampleCpu(worker.child.pid), seconds);
  if (run.status !== 'succeeded') throw new Error(`${phase}: run ${runId} ${String(run.status)}: ${String(run.error)}`);
  const read = run.readCount as number;
  const written = await countWrittenRows(world.admin, world.warehouse, `"${world.warehouseSchema}".contact`, marks);
  const result: PhaseResult = {
    phase,
    read,
    created: run.createdCount as number,
    updated: run.updatedCount as number,
    unchanged: run.unchangedCount as number,
    seconds,
    recordsPerSecond: Math.round(read / seconds),
    reconciled: (run.reconciliation as { ok?: boolean } | null)?.ok === true,
    cores,
    written,
  };
  await printStatements(world.admin, log);
  log(`${phase}: ${read} read in ${seconds.toFixed(1)} s = ${result.recordsPerSecond} records/s; created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}; reconciled ${result.reconciled}; written ${JSON.stringify(written)}; cores ${JSON.stringify(cores)}`);
  return result;
}

async function main(): Promise<void> {
  const { records } = parseArgs(process.argv.slice(2));
  log(`setting up ${records} contacts`);
  const world = await setUpWorld({ records, repoRoot, log });
  const worker = startBenchWorker({
    repoRoot,
    log,
    env: {
      DATABASE_URL: world.adminUrl,
      APP_DATABASE_URL: world.appUrl,
      CREDENTIAL_KEYS: world.credentialKeys,
      SYNC_PAGE_SIZE: process.env.BENCH_PAGE_SIZE ?? '1000',
      SYNC_STEP_PAGES: process.env.BENCH_STEP_PAGES ?? '200',
      WORKER_CONCURRENCY: '1',
      WORKER_LOG: process.env.BENCH_WORKER_LOG === 'json' ? 'json' : 'quiet',
      NODE_ENV: 'production',
    },
  });
  try {
    const full = await runPhase(world, worker, 'full', 'full');
    const changed = Math.max(1, Math.round(records / 100));
    await world.crm.mutate('contacts', changed);
    const incremental = await runPhase(world, worker, `incremental (${changed} changed)`, 'incremental');
    const unchangedIncremental = await runPhase(world, worker, 'incremental, nothing changed', 'incremental');
    const unchangedFull = await runPhase(world, worker, 'full re-read, nothing changed', 'full');
    const peakRssMb = worker.peakRssMb();
    await worker.stop();
    log('COPY baseline: the same rows into a logged table with a primary key');
    const copy = await measureCopyBaseline(world.adminUrl);
    log(`COPY: ${copy.rows} rows in ${copy.seconds.toFixed(1)} s = ${Math.round(copy.rate)} rows/s`);

    const summary = {
      date: new Date().toISOString(),
      records,
      fullRecordsPerSecond: full.recordsPerSecond,
      incrementalSecondsShareOfFull: Number((incremental.seconds / full.seconds).toFixed(3)),
      workerPeakRssMb: peakRssMb,
      rowsWrittenByUnchangedReruns: { incremental: unchangedIncremental.written, full: unchangedFull.written },
      copyRowsPerSecond: Math.round(copy.rate),
      fullRateShareOfCopy: Number((full.recordsPerSecond / copy.rate).toFixed(3)),
      phases: [full, incremental, unchangedIncremental, unchangedFull],
    };
    console.log('\n=== sync benchmark ===');
    console.table(summary.phases.map(({ written: _w, cores, ...p }) => ({ ...p, 'cores: worker': cores.worker, postgres: cores.postgres, sandbox: cores.sandbox })));
    console.log(`full sync:                  ${full.recordsPerSecond} records/s (target >= 30000)`);
    console.log(`vs COPY (logged, pk):       ${copy.rate.toFixed(0)} rows/s -> ${(summary.fullRateShareOfCopy * 100).toFixed(1)}% (target >= 30%)`);
    console.log(`incremental (1%):           ${incremental.seconds.toFixed(1)} s = ${(summary.incrementalSecondsShareOfFull * 100).toFixed(1)}% of the full sync's time (target < 10%)`);
    console.log(`worker peak RSS:            ${peakRssMb} MB (target < 512)`);
    console.log(`rows written, unchanged:    incremental ${JSON.stringify(unchangedIncremental.written)}, full re-read ${JSON.stringify(unchangedFull.written)} (target 0)`);
    await mkdir(path.join(repoRoot, 'bench/results'), { recursive: true });
    await writeFile(path.join(repoRoot, `bench/results/sync-${summary.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(summary, null, 2));
  } finally {
    await worker.stop();
    await world.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/** The real worker (apps/worker/src/main.ts) as a child process, with its peak resident memory watched. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchWorker {
  child: ChildProcess;
  /** peak RSS (kernel VmHWM) of the process running the worker's code, in MB */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function readStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function startBenchWorker(options: { repoRoot: string; env: Record<string, string>; log: (line: string) => void }): BenchWorker {
  // BENCH_WORKER_NODE_ARGS: node flags for the worker, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // (profiling flags only reach a process node starts itself: then the worker runs under `--import tsx`, without tsx's CLI)
  const entry = nodeArgs.length ? [...nodeArgs, '--import', 'tsx', 'apps/worker/src/main.ts'] : [path.join(options.repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'apps/worker/src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: options.repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => options.log(`  worker | ${line}`)));
  child.stderr?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => options.log(`  worker! ${line}`)));
  // tsx's CLI runs the script in a child process: the worker's memory is that process's
  const peaks = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    for (const pid of [child.pid, ...childrenOf(child.pid)]) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, readStatusKb(pid, 'VmHWM'), readStatusKb(pid, 'VmRSS')));
  };
  const timer = setInterval(sample, 250);
  return {
    child,
    peakRssMb() {
      sample();
      const workerPids = child.pid ? childrenOf(child.pid) : [];
      const kb = workerPids.length ? Math.max(...workerPids.map((pid) => peaks.get(pid) ?? 0)) : Math.max(0, ...peaks.values());
      return Math.round(kb / 1024);
    },
    async stop() {
      sample();
      clearInterval(timer);
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      const timeout = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 25_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

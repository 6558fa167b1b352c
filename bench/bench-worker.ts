/** The real worker (apps/worker/src/main.ts) as a child process, with its peak resident memory watched. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { workerNodeFlags } from '@tributary/config';

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

export function startBenchWorker(options: { repoRoot: string; env: Record<string, string>; log: (line: string) => void }): BenchWorker {
  // started as `npm start` starts it; BENCH_WORKER_NODE_ARGS adds node flags, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = [...workerNodeFlags, ...nodeArgs, '--import', 'tsx', 'apps/worker/src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: options.repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => options.log(`  worker | ${line}`)));
  child.stderr?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => options.log(`  worker! ${line}`)));
  let peakKb = 0;
  const sample = () => {
    if (child.pid) peakKb = Math.max(peakKb, readStatusKb(child.pid, 'VmHWM'), readStatusKb(child.pid, 'VmRSS'));
  };
  const timer = setInterval(sample, 250);
  return {
    child,
    peakRssMb() {
      sample();
      return Math.round(peakKb / 1024);
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

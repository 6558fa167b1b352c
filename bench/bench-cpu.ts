/**
 * CPU time of the processes a phase keeps busy, from /proc (Linux): the worker, every Postgres
 * process, and this process (which hosts the sandbox CRM). Sampled before and after a phase,
 * the difference over the phase's wall time is how many cores each used.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  worker: number;
  postgres: number;
  sandbox: number;
}

const ticksPerSecond = 100; // USER_HZ: 100 on every Linux that ships Node

function processSeconds(pid: number | string): { name: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime and the waited-for children's cutime, cstime (fields 14-17 of stat)
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return { name, seconds: ticks / ticksPerSecond };
  } catch {
    return null;
  }
}

export function sampleCpu(workerPid: number | undefined): CpuSample {
  let postgres = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = processSeconds(entry);
    if (proc?.name === 'postgres') postgres += proc.seconds;
  }
  return { worker: workerPid ? (processSeconds(workerPid)?.seconds ?? 0) : 0, postgres, sandbox: processSeconds(process.pid)?.seconds ?? 0 };
}

/** Cores used over `seconds` of wall time, per process group. */
export function coresUsed(before: CpuSample, after: CpuSample, seconds: number): CpuSample {
  const cores = (a: number, b: number) => Number(Math.max(0, (b - a) / seconds).toFixed(2));
  return { worker: cores(before.worker, after.worker), postgres: cores(before.postgres, after.postgres), sandbox: cores(before.sandbox, after.sandbox) };
}

import type { SyncDeps } from '../sync-deps';
import { finishRunFailed } from './finish-run';
import { loadRunRecord } from './run-context';

/**
 * `sync.run.abandoned`: pg-boss moved a `sync.run` job here after its last retry (its worker died
 * or it threw on every attempt, e.g. a process killed by the OOM killer mid-step each time).
 * Without this the run would stay `running` forever; it fails with the reason instead, keeping
 * what committed, and the failure raises `sync.run.failed` like any other.
 */
export async function abandonRun(deps: SyncDeps, job: { tenantId: string; runId: string }, attempts: number): Promise<boolean> {
  const run = await loadRunRecord(deps, job.tenantId, job.runId).catch(() => null);
  if (!run || (run.status !== 'queued' && run.status !== 'running')) return false;
  await finishRunFailed(deps, run, {
    code: 'WORKER_LOST',
    message: `the run's step was retried ${attempts} times without finishing (its worker stopped or crashed each time); committed pages are kept, a new run resumes from them`,
  });
  return true;
}

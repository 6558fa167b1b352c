import { runSyncStep, syncQueues, type SyncDeps, type SyncStepOptions } from '@tributary/core/sync';
import type { Job } from 'pg-boss';

/** `sync.run`: one step of a run (up to N pages), then it re-enqueues itself or finishes the run. */
export function createSyncRunHandler(deps: SyncDeps, options: Omit<SyncStepOptions, 'signal'>) {
  return async (jobs: Job<unknown>[]): Promise<void> => {
    for (const job of jobs) {
      const payload = syncQueues['sync.run'].payload.parse(job.data);
      await runSyncStep(deps, payload, { ...options, signal: job.signal });
    }
  };
}

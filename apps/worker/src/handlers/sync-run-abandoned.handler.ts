import { abandonRun, syncQueues, type SyncDeps } from '@tributary/core/sync';
import type { Job } from 'pg-boss';

const attempts = syncQueues['sync.run'].options.retryLimit + 1;

/** `sync.run.abandoned`: a `sync.run` job out of retries; its run fails with the reason. */
export function createSyncRunAbandonedHandler(deps: SyncDeps) {
  return async (jobs: Job<unknown>[]): Promise<void> => {
    for (const job of jobs) await abandonRun(deps, syncQueues['sync.run.abandoned'].payload.parse(job.data), attempts);
  };
}

import { DomainError } from '@tributary/core/shared';
import { requestSyncRun, syncQueues, type SyncDeps } from '@tributary/core/sync';
import type { Job } from 'pg-boss';

/** `sync.scheduled`: a cron tick; queues a run unless one is active or the sync is paused or gone. */
export function createSyncScheduledHandler(deps: SyncDeps) {
  return async (jobs: Job<unknown>[]): Promise<void> => {
    for (const job of jobs) {
      const { tenantId, syncConfigId } = syncQueues['sync.scheduled'].payload.parse(job.data);
      try {
        await requestSyncRun(deps, { tenantId, syncConfigId, trigger: 'schedule' });
      } catch (error) {
        if (error instanceof DomainError && (error.code === 'PRECONDITION_FAILED' || error.code === 'NOT_FOUND')) continue;
        throw error;
      }
    }
  };
}

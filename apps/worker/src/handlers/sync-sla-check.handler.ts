import { checkSyncSla, syncQueues, type SyncDeps } from '@tributary/core/sync';
import type { Job } from 'pg-boss';

/** `sync.sla-check`: raises `sync.sla.breached` for a sync without a success inside its SLA. */
export function createSyncSlaCheckHandler(deps: SyncDeps) {
  return async (jobs: Job<unknown>[]): Promise<void> => {
    for (const job of jobs) {
      const { tenantId, syncConfigId } = syncQueues['sync.sla-check'].payload.parse(job.data);
      await checkSyncSla(deps, tenantId, syncConfigId);
    }
  };
}

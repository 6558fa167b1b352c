import { replayDeadLetters, syncQueues, type SyncDeps } from '@tributary/core/sync';
import type { Job } from 'pg-boss';

/** `sync.replay`: replays dead letters in the background (as the system, for the tenant that queued it). */
export function createSyncReplayHandler(deps: SyncDeps) {
  return async (jobs: Job<unknown>[]): Promise<void> => {
    for (const job of jobs) {
      const { tenantId, selector } = syncQueues['sync.replay'].payload.parse(job.data);
      await replayDeadLetters(deps, tenantId, { kind: 'system', process: 'worker:sync.replay' }, selector);
    }
  };
}

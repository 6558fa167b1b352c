import type { PgBoss, Queue, SendOptions } from 'pg-boss';
import { z } from 'zod';
import type { SyncJobQueue } from './sync-deps';

const uuid = z.uuid();

const deadLetterFilterSchema = z.object({
  syncConfigId: uuid.optional(),
  runId: uuid.optional(),
  stage: z.enum(['extract', 'validate', 'map', 'load', 'deliver']).optional(),
  errorCode: z.string().min(1).optional(),
});

/** Which dead letters to replay: some ids, all of a run's, or a filter (sync, run, stage, error code). Only open ones are replayed. */
const replaySelectorSchema = z.union([
  z.object({ ids: z.array(uuid).min(1).max(1000) }),
  z.object({ runId: uuid }),
  z.object({ filter: deadLetterFilterSchema }),
]);

/**
 * The worker's queue catalogue: name -> payload schema + queue options. It lives in core so the
 * API enqueues with the same names and payloads the worker validates.
 *
 * - `sync.run`: one STEP of a run: up to N pages (each its own transaction), then the step
 *   re-enqueues itself. `singleton` per sync config (singletonKey = syncConfigId): one active
 *   step per sync, the next one queued behind it. A worker that dies stops heartbeating; the
 *   job is retried after `heartbeatSeconds` and resumes from the last committed page.
 * - `sync.run.abandoned`: where pg-boss moves a `sync.run` job after its last retry; its handler
 *   fails the run (`abandonRun`) so it never stays `running`.
 * - `sync.scheduled`: a cron tick of one sync's schedule (pg-boss `schedule`, key = syncConfigId).
 * - `sync.sla-check`: a sync's SLA sweep, every minute while it has an SLA.
 * - `sync.replay`: replay dead letters in the background (the API may also replay inline).
 */
export const syncQueues = {
  // before `sync.run`: a queue's dead-letter queue must exist first
  'sync.run.abandoned': {
    payload: z.object({ tenantId: uuid, syncConfigId: uuid, runId: uuid }),
    options: { policy: 'standard', retryLimit: 5, retryDelay: 5, expireInSeconds: 120 },
  },
  'sync.run': {
    payload: z.object({ tenantId: uuid, syncConfigId: uuid, runId: uuid }),
    options: {
      policy: 'singleton',
      retryLimit: 25,
      retryDelay: 1,
      retryBackoff: true,
      retryDelayMax: 30,
      heartbeatSeconds: 10,
      expireInSeconds: 3600,
      deadLetter: 'sync.run.abandoned',
    },
  },
  'sync.scheduled': {
    payload: z.object({ tenantId: uuid, syncConfigId: uuid }),
    options: { policy: 'standard', retryLimit: 3, retryDelay: 5, expireInSeconds: 120 },
  },
  'sync.sla-check': {
    payload: z.object({ tenantId: uuid, syncConfigId: uuid }),
    options: { policy: 'standard', retryLimit: 1, expireInSeconds: 120, deleteAfterSeconds: 3600 },
  },
  'sync.replay': {
    payload: z.object({
      tenantId: uuid,
      selector: replaySelectorSchema,
    }),
    options: { policy: 'standard', retryLimit: 2, retryDelay: 10, expireInSeconds: 1800 },
  },
} as const satisfies Record<string, { payload: z.ZodType<object>; options: Omit<Queue, 'name'> }>;

export type SyncQueueName = keyof typeof syncQueues;
export type SyncJobPayload<N extends SyncQueueName> = z.infer<(typeof syncQueues)[N]['payload']>;

/** Creates every queue of the catalogue (idempotent), and gives a queue created before its dead-letter queue existed that queue. */
export async function ensureSyncQueues(boss: Pick<PgBoss, 'createQueue' | 'getQueue' | 'updateQueue'>): Promise<void> {
  for (const [name, entry] of Object.entries(syncQueues)) {
    await boss.createQueue(name, entry.options);
    const deadLetter = 'deadLetter' in entry.options ? entry.options.deadLetter : undefined;
    if (deadLetter && (await boss.getQueue(name))?.deadLetter !== deadLetter) await boss.updateQueue(name, { deadLetter });
  }
}

/** Options every job of a tenant carries: its pg-boss group, so workers cap each tenant's concurrency. */
export function tenantJobOptions(tenantId: string): SendOptions {
  return { group: { id: tenantId } };
}

/** Validates the payload against the catalogue and sends it (after `delaySeconds` when given). */
export async function enqueueSyncJob<N extends SyncQueueName>(
  queue: SyncJobQueue,
  name: N,
  data: SyncJobPayload<N>,
  options: SendOptions & { delaySeconds?: number } = {},
): Promise<string | null> {
  const payload = syncQueues[name].payload.parse(data) as object;
  const { delaySeconds, ...send } = options;
  const tenantId = (payload as { tenantId?: string }).tenantId;
  const full: SendOptions = { ...(tenantId ? tenantJobOptions(tenantId) : {}), ...send };
  if (delaySeconds && delaySeconds > 0) return queue.sendAfter(name, payload, full, Math.ceil(delaySeconds));
  return queue.send(name, payload, full);
}

export { deadLetterFilterSchema, replaySelectorSchema };

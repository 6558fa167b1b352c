import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../audit/index';
import { DomainError, toFieldIssues } from '../../shared/index';
import { enqueueSyncJob } from '../queues';
import { assertMayManageSyncs } from '../sync-actor';
import type { SyncDeps } from '../sync-deps';

const requestSchema = z.object({
  tenantId: z.uuid(),
  syncConfigId: z.uuid(),
  trigger: z.enum(['schedule', 'manual', 'webhook']),
  /** overrides the sync's mode for this run */
  mode: z.enum(['incremental', 'full']).optional(),
});
export type SyncRunRequest = z.input<typeof requestSchema>;

export interface RequestedRun {
  runId: string;
  status: 'queued' | 'running';
  /** false: the sync already had an active run, which is returned instead */
  created: boolean;
}

/**
 * Queues a run of a sync: creates the SyncRun (queued) and enqueues its first step. A sync has
 * at most one active run: while one is queued or running, that run is returned (`created:
 * false`). A paused sync does not run (PRECONDITION_FAILED).
 */
export async function requestSyncRun(deps: Pick<SyncDeps, 'db' | 'queue'>, request: SyncRunRequest, actor: Actor = { kind: 'system', process: 'sync' }): Promise<RequestedRun> {
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid run request', { fields: toFieldIssues(parsed.error.issues) });
  const { tenantId, syncConfigId, trigger, mode } = parsed.data;
  assertMayManageSyncs(actor, tenantId);
  const result = await withTenant(deps.db, tenantId, async (tx) => {
    // one request at a time per sync: the active-run check below cannot race
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sync_config WHERE id = ${syncConfigId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new DomainError('NOT_FOUND', 'Sync not found');
    const config = await tx.syncConfig.findUniqueOrThrow({ where: { id: syncConfigId }, include: { destinations: { orderBy: { createdAt: 'asc' } } } });
    if (config.status === 'paused') throw new DomainError('PRECONDITION_FAILED', `The sync "${config.name}" is paused${config.pausedReason ? `: ${config.pausedReason}` : ''}`);
    const active = await tx.syncRun.findFirst({ where: { syncConfigId, status: { in: ['queued', 'running'] }, trigger: { not: 'replay' } }, orderBy: { queuedAt: 'asc' } });
    if (active) return { runId: active.id, status: active.status as 'queued' | 'running', created: false };
    const run = await tx.syncRun.create({
      data: {
        tenantId,
        syncConfigId,
        trigger,
        mode: mode ?? config.mode,
        mappingVersion: config.mappingVersion,
        source: { connectionId: config.sourceConnectionId, stream: config.sourceStream },
        destinations: config.destinations.map((d) => d.connectionId),
      },
      select: { id: true },
    });
    if (actor.kind !== 'system') {
      await recordAudit(tx, tenantId, actor, { action: 'sync.run.request', targetType: 'sync_config', targetId: syncConfigId, metadata: { runId: run.id, trigger, mode: mode ?? config.mode } });
    }
    return { runId: run.id, status: 'queued' as const, created: true };
  });
  if (!result.created) return result;
  try {
    await enqueueSyncJob(deps.queue, 'sync.run', { tenantId, syncConfigId, runId: result.runId }, { singletonKey: syncConfigId });
  } catch (error) {
    await withTenant(deps.db, tenantId, (tx) =>
      tx.syncRun.update({ where: { id: result.runId }, data: { status: 'failed', errorCode: 'ENQUEUE_FAILED', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() } }),
    );
    throw error;
  }
  return result;
}

import { withTenant } from '@tributary/db';
import { emitHubEvent } from '../../events/index';
import { readNow, type SyncDeps } from '../sync-deps';

/**
 * The SLA sweep of one sync (the minutely `sync.sla-check` job): an active sync with an SLA
 * and no successful run inside it raises `sync.sla.breached` once per breach (a success
 * clears it). Returns whether it raised the event now.
 */
export async function checkSyncSla(deps: Pick<SyncDeps, 'db' | 'now'>, tenantId: string, syncConfigId: string): Promise<boolean> {
  const now = readNow(deps);
  return withTenant(deps.db, tenantId, async (tx) => {
    const sync = await tx.syncConfig.findUnique({ where: { id: syncConfigId } });
    if (!sync || sync.status !== 'active' || !sync.slaMinutes || sync.slaAlertedAt) return false;
    const since = sync.lastSuccessAt ?? sync.createdAt;
    const overdueMs = now.getTime() - since.getTime() - sync.slaMinutes * 60_000;
    if (overdueMs <= 0) return false;
    const claimed = await tx.syncConfig.updateMany({ where: { id: sync.id, slaAlertedAt: null }, data: { slaAlertedAt: now } });
    if (claimed.count === 0) return false;
    await emitHubEvent(tx, tenantId, {
      type: 'sync.sla.breached',
      subjectType: 'sync_config',
      subjectId: sync.id,
      payload: { syncConfigId: sync.id, name: sync.name, slaMinutes: sync.slaMinutes, lastSuccessAt: sync.lastSuccessAt?.toISOString() ?? null, overdueMinutes: Math.floor(overdueMs / 60_000) },
    });
    return true;
  });
}

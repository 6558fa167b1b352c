import type { SyncJobQueue } from '../sync-deps';

export interface ScheduledSync {
  id: string;
  tenantId: string;
  status: 'active' | 'paused';
  schedule: string | null;
  slaMinutes: number | null;
}

/**
 * Registers or removes a sync's pg-boss schedules (key = sync id): its cron on `sync.scheduled`
 * and, while it has an SLA, a minutely SLA check on `sync.sla-check`. A paused sync has none.
 */
export async function applySyncSchedules(queue: SyncJobQueue, sync: ScheduledSync): Promise<void> {
  const data = { tenantId: sync.tenantId, syncConfigId: sync.id };
  const options = { key: sync.id, tz: 'UTC', group: { id: sync.tenantId } };
  if (sync.status === 'active' && sync.schedule) await queue.schedule('sync.scheduled', sync.schedule, data, options);
  else await queue.unschedule('sync.scheduled', sync.id);
  if (sync.status === 'active' && sync.slaMinutes) await queue.schedule('sync.sla-check', '* * * * *', data, options);
  else await queue.unschedule('sync.sla-check', sync.id);
}

import type { Prisma, TenantDb } from '@tributary/db';

/**
 * The events subscribers (signed webhooks) and alerts care about. They are written
 * to hub_event in the same transaction as the change that caused them (an outbox);
 * the dispatcher of #7 fans them out.
 */
export type HubEventType =
  | 'sync.run.succeeded'
  | 'sync.run.failed'
  | 'sync.sla.breached'
  | 'connection.created'
  | 'connection.needs_reauth'
  | 'connection.reconnected'
  | 'dead_letter.created'
  | 'dead_letter.replayed'
  | 'drift.detected';

export interface HubEventInput {
  type: HubEventType;
  subjectType: 'sync_run' | 'sync_config' | 'connection' | 'dead_letter' | 'drift_event';
  subjectId: string;
  payload: Prisma.InputJsonValue;
}

export async function emitHubEvent(tx: TenantDb, tenantId: string, event: HubEventInput): Promise<string> {
  const row = await tx.hubEvent.create({ data: { tenantId, ...event }, select: { id: true } });
  return row.id;
}

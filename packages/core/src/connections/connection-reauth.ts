import { withTenant, type TenantDb } from '@tributary/db';
import { recordAudit } from '../audit/index';
import { emitHubEvent } from '../events/index';
import type { ConnectionDeps } from './connection-deps';

/** The pausedReason of syncs paused because their connection lost its authorization; reconnecting unpauses exactly these. */
export const REAUTH_PAUSE_REASON = 'connection needs re-authorization';

function syncsUsing(connectionId: string) {
  return { OR: [{ sourceConnectionId: connectionId }, { destinations: { some: { connectionId } } }] };
}

/**
 * Marks a connection `needs_reauth`, pauses every sync reading from or writing to it, and emits
 * `connection.needs_reauth`, in the caller's transaction. Idempotent: a connection already
 * marked is left alone (no second event). `reason` must never contain a token.
 */
export async function markNeedsReauthInTx(tx: TenantDb, tenantId: string, connectionId: string, reason: string): Promise<{ pausedSyncs: number; changed: boolean }> {
  const changed = await tx.connection.updateMany({
    where: { id: connectionId, status: 'active' },
    data: { status: 'needs_reauth', statusReason: reason },
  });
  if (changed.count === 0) return { pausedSyncs: 0, changed: false };
  const paused = await tx.syncConfig.updateMany({
    where: { status: 'active', ...syncsUsing(connectionId) },
    data: { status: 'paused', pausedReason: REAUTH_PAUSE_REASON },
  });
  await emitHubEvent(tx, tenantId, {
    type: 'connection.needs_reauth',
    subjectType: 'connection',
    subjectId: connectionId,
    payload: { connectionId, reason, pausedSyncs: paused.count },
  });
  await recordAudit(tx, tenantId, { kind: 'system', process: 'connections' }, {
    action: 'connection.needs_reauth',
    targetType: 'connection',
    targetId: connectionId,
    metadata: { reason, pausedSyncs: paused.count },
  });
  return { pausedSyncs: paused.count, changed: true };
}

/** The same in its own transaction: for callers that saw the provider refuse a connection's credentials (a 401 on an API key). */
export function markConnectionNeedsReauth(deps: Pick<ConnectionDeps, 'db'>, tenantId: string, connectionId: string, reason: string): Promise<{ pausedSyncs: number; changed: boolean }> {
  return withTenant(deps.db, tenantId, (tx) => markNeedsReauthInTx(tx, tenantId, connectionId, reason));
}

/** Back to active after a successful reconnect: clears the reason and unpauses the syncs the re-auth paused (not ones a person paused). */
export async function reactivateConnectionInTx(tx: TenantDb, connectionId: string): Promise<number> {
  const resumed = await tx.syncConfig.updateMany({
    where: { status: 'paused', pausedReason: REAUTH_PAUSE_REASON, ...syncsUsing(connectionId) },
    data: { status: 'active', pausedReason: null },
  });
  return resumed.count;
}

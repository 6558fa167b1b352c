import { recordAudit } from '@tributary/core/audit';
import type { TenantDb } from '@tributary/db';
import type { TenantAccess } from '../auth/caller';

/**
 * Give up on open dead letters: they become `discarded` (kept for the record, never
 * replayed). Not open ones are left as they are. Audited with the reason.
 * (The sync engine has no discard use case yet; move this into @tributary/core/sync when it does.)
 */
export async function discardDeadLetters(tx: TenantDb, access: TenantAccess, ids: string[], reason: string | null): Promise<number> {
  const { count } = await tx.deadLetter.updateMany({ where: { id: { in: ids }, tenantId: access.tenantId, status: 'open' }, data: { status: 'discarded', updatedAt: new Date() } });
  await recordAudit(tx, access.tenantId, access.actor, { action: 'dead_letter.discard', targetType: 'dead_letter', metadata: { ids, discarded: count, reason } });
  return count;
}

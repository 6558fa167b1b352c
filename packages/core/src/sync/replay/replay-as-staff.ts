import { withTenant, type PrismaClient } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../audit/index';
import { DomainError, toFieldIssues } from '../../shared/index';
import type { SyncDeps } from '../sync-deps';
import { replayForTenant, type ReplayResult } from './replay-dead-letters';
import { replayLimit } from './replay-selector';

const staffFilterSchema = z.object({
  tenantId: z.uuid().optional(),
  syncConfigId: z.uuid().optional(),
  runId: z.uuid().optional(),
  stage: z.enum(['extract', 'validate', 'map', 'load', 'deliver']).optional(),
  errorCode: z.string().min(1).optional(),
});
export type StaffReplayFilter = z.input<typeof staffFilterSchema>;

/**
 * Support staff replay open dead letters across tenants. `privilegedDb` (the owner role, see
 * `@tributary/db/admin`) only FINDS the letters; each tenant's replay then runs as the
 * application role under that tenant, and is audited in that tenant's log as the staff member.
 */
export async function replayDeadLettersAsStaff(
  privilegedDb: PrismaClient,
  staff: Actor,
  filter: StaffReplayFilter,
  deps: SyncDeps,
): Promise<{ tenants: ({ tenantId: string } & ReplayResult)[] }> {
  if (staff.kind !== 'staff') throw new DomainError('FORBIDDEN', 'Only support staff replay across tenants');
  const user = await privilegedDb.user.findUnique({ where: { id: staff.userId }, select: { isStaff: true } });
  if (!user?.isStaff) throw new DomainError('FORBIDDEN', 'Only support staff replay across tenants');
  const parsed = staffFilterSchema.safeParse(filter);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid filter', { fields: toFieldIssues(parsed.error.issues) });
  const { tenantId, ...rest } = parsed.data;
  const letters = await privilegedDb.deadLetter.findMany({
    where: { status: 'open', tenantId, ...rest },
    orderBy: { createdAt: 'asc' },
    take: replayLimit,
    select: { id: true, tenantId: true },
  });
  const byTenant = new Map<string, string[]>();
  for (const letter of letters) byTenant.set(letter.tenantId, [...(byTenant.get(letter.tenantId) ?? []), letter.id]);
  const tenants: ({ tenantId: string } & ReplayResult)[] = [];
  for (const [id, ids] of byTenant) {
    await withTenant(deps.db, id, (tx) =>
      recordAudit(tx, id, staff, { action: 'support.dead_letter.replay', targetType: 'tenant', targetId: id, metadata: { letters: ids.length, filter: parsed.data } }),
    );
    const results: ReplayResult = { replayed: 0, stillOpen: 0, skipped: 0, runs: [] };
    for (let start = 0; start < ids.length; start += 1000) {
      const part = await replayForTenant(deps, id, staff, { ids: ids.slice(start, start + 1000) });
      results.replayed += part.replayed;
      results.stillOpen += part.stillOpen;
      results.skipped += part.skipped;
      results.runs.push(...part.runs);
    }
    tenants.push({ tenantId: id, ...results });
  }
  return { tenants };
}

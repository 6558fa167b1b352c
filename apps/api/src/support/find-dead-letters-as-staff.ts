import { recordAudit } from '@tributary/core/audit';
import type { Prisma, PrismaClient } from '@tributary/db';
import { pageQuery, toRelayPage, type PageArgs, type RelayPage } from '../graphql/cursor-page';
import type { SupportDeadLetterRow } from '../graphql/graphql-rows';

export interface StaffDeadLetterFilter {
  tenantSlug?: string | null;
  status?: ('open' | 'replayed' | 'discarded')[] | null;
  stage?: ('extract' | 'validate' | 'map' | 'load' | 'deliver')[] | null;
  errorCode?: string | null;
  externalId?: string | null;
  createdAfter?: Date | null;
}

/**
 * Support staff finding failed records across tenants: the one read that uses the
 * privileged connection. Each tenant whose records are shown gets an audit entry naming
 * the staff member and the dead letters seen.
 */
export async function findDeadLettersAsStaff(
  privilegedDb: PrismaClient,
  staff: { userId: string },
  filter: StaffDeadLetterFilter,
  args: PageArgs,
): Promise<RelayPage<SupportDeadLetterRow>> {
  const page = pageQuery(args, 'createdAt');
  const tenant = filter.tenantSlug ? await privilegedDb.tenant.findUnique({ where: { slug: filter.tenantSlug }, select: { id: true } }) : null;
  if (filter.tenantSlug && !tenant) return toRelayPage([], page, args, (row: SupportDeadLetterRow) => row.createdAt);
  const where: Prisma.DeadLetterWhereInput = {
    ...(tenant ? { tenantId: tenant.id } : {}),
    status: { in: filter.status?.length ? filter.status : ['open'] },
    ...(filter.stage?.length ? { stage: { in: filter.stage } } : {}),
    ...(filter.errorCode ? { errorCode: filter.errorCode } : {}),
    ...(filter.externalId ? { externalId: filter.externalId } : {}),
    ...(filter.createdAfter ? { createdAt: { gte: filter.createdAfter } } : {}),
  };
  const rows = await privilegedDb.deadLetter.findMany({ where: { AND: [where, page.where as Prisma.DeadLetterWhereInput] }, orderBy: page.orderBy, take: page.take });
  const shown = rows.slice(0, page.size);
  const tenants = await privilegedDb.tenant.findMany({ where: { id: { in: [...new Set(shown.map((row) => row.tenantId))] } }, select: { id: true, slug: true, name: true } });
  await privilegedDb.$transaction(async (tx) => {
    for (const t of tenants) {
      const ids = shown.filter((row) => row.tenantId === t.id).map((row) => row.id);
      await recordAudit(tx, t.id, { kind: 'staff', userId: staff.userId }, { action: 'support.dead_letters.viewed', targetType: 'dead_letter', metadata: { ids, filter: { ...filter, createdAfter: filter.createdAfter?.toISOString() ?? null } } });
    }
  });
  const byId = new Map(tenants.map((t) => [t.id, t]));
  const withTenant = rows.map((row) => ({ ...row, tenant: byId.get(row.tenantId) ?? { id: row.tenantId, slug: '?', name: '?' } }));
  return toRelayPage(withTenant, page, args, (row) => row.createdAt);
}

import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { encodeId } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, args, ctx) =>
      inTenant(ctx, 'admin', async (tx, access) => {
        const page = pageQuery(args, 'id');
        const f = args.filter ?? {};
        const filter: Prisma.AuditLogWhereInput = {
          tenantId: access.tenantId,
          ...(f.action ? { action: f.action } : {}),
          ...(f.actorKind ? { actorKind: f.actorKind } : {}),
          ...(f.targetType ? { targetType: f.targetType } : {}),
          ...(f.targetId ? { targetId: f.targetId } : {}),
          ...(f.after || f.before ? { createdAt: { ...(f.after ? { gte: f.after } : {}), ...(f.before ? { lt: f.before } : {}) } } : {}),
        };
        const rows = await tx.auditLog.findMany({ where: { AND: [filter, page.where as Prisma.AuditLogWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.id);
      }),
  },
  AuditEntry: {
    id: (entry) => encodeId('AuditEntry', entry.id),
    actorKind: (entry) => entry.actorKind as 'user' | 'api_key' | 'staff' | 'system',
  },
};

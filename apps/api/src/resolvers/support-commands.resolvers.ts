import { replayDeadLettersAsStaff } from '@tributary/core/sync';
import { requireCurrentStaff } from '../auth/require-access';
import { decodeOptionalId, encodeId } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';

/** Support staff replay across tenants: `replayDeadLettersAsStaff` audits each affected tenant. */
export const supportCommandResolvers: Resolvers = {
  Mutation: {
    supportReplayDeadLetters: async (_parent, { filter }, ctx) => {
      const staff = await requireCurrentStaff(ctx.caller, ctx.deps.db);
      const { tenants } = await replayDeadLettersAsStaff(
        ctx.deps.privilegedDb,
        { kind: 'staff', userId: staff.userId },
        {
          tenantId: decodeOptionalId(filter.tenantId, 'Tenant'),
          syncConfigId: decodeOptionalId(filter.syncId, 'Sync'),
          runId: decodeOptionalId(filter.runId, 'Run'),
          stage: filter.stage ?? undefined,
          errorCode: filter.errorCode ?? undefined,
        },
        ctx.deps.sync,
      );
      const rows = await ctx.deps.privilegedDb.tenant.findMany({ where: { id: { in: tenants.map((t) => t.tenantId) } }, select: { id: true, slug: true, name: true } });
      return {
        replayedCount: tenants.reduce((sum, t) => sum + t.replayed, 0),
        stillOpenCount: tenants.reduce((sum, t) => sum + t.stillOpen, 0),
        tenants: tenants.map((t) => {
          const row = rows.find((r) => r.id === t.tenantId);
          return { tenant: { id: encodeId('Tenant', t.tenantId), slug: row?.slug ?? '?', name: row?.name ?? '?' }, replayedCount: t.replayed, stillOpenCount: t.stillOpen };
        }),
      };
    },
  },
};

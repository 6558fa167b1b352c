import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

/** Read-only views over the tables #7 (webhooks) and #8 (drift) fill. */
export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_parent, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const rows = await tx.webhookSubscription.findMany({ where: { AND: [{ tenantId: access.tenantId }, page.where as Prisma.WebhookSubscriptionWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      }),
    webhookSubscription: async (_parent, { id }, ctx) => {
      const key = decodeId(id, 'WebhookSubscription');
      const row = await inTenant(ctx, 'read', (tx, access) => tx.webhookSubscription.findFirst({ where: { id: key, tenantId: access.tenantId } }));
      if (!row) throw notFound('WebhookSubscription');
      return row;
    },
    driftEvents: async (_parent, args, ctx) => {
      const f = args.filter ?? {};
      const connectionId = await requireOwnedIdOrUndefined(ctx, f.connectionId, 'Connection');
      const syncConfigId = await requireOwnedIdOrUndefined(ctx, f.syncId, 'Sync');
      return inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'detectedAt');
        const filter: Prisma.DriftEventWhereInput = {
          tenantId: access.tenantId,
          ...(f.status ? { status: f.status } : {}),
          ...(connectionId ? { connectionId } : {}),
          ...(syncConfigId ? { syncConfigId } : {}),
        };
        const rows = await tx.driftEvent.findMany({ where: { AND: [filter, page.where as Prisma.DriftEventWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.detectedAt);
      });
    },
    driftEvent: async (_parent, { id }, ctx) => {
      const key = decodeId(id, 'DriftEvent');
      const row = await inTenant(ctx, 'read', (tx, access) => tx.driftEvent.findFirst({ where: { id: key, tenantId: access.tenantId } }));
      if (!row) throw notFound('DriftEvent');
      return row;
    },
  },
  WebhookSubscription: {
    id: (row) => encodeId('WebhookSubscription', row.id),
    deliveries: (subscription, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const rows = await tx.webhookDelivery.findMany({
          where: { AND: [{ tenantId: access.tenantId, subscriptionId: subscription.id }, page.where as Prisma.WebhookDeliveryWhereInput] },
          orderBy: page.orderBy,
          take: page.take,
        });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      }),
  },
  WebhookDelivery: {
    id: (row) => encodeId('WebhookDelivery', row.id),
    payload: (row) => row.payload ?? null,
  },
  DriftEvent: {
    id: (row) => encodeId('DriftEvent', row.id),
    connection: (row, _args, ctx) => ctx.loaders.connection.load(row.connectionId),
    sync: (row, _args, ctx) => (row.syncConfigId ? ctx.loaders.sync.load(row.syncConfigId) : null),
    changes: (row) => row.changes ?? [],
  },
};

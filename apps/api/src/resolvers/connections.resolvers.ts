import { DomainError } from '@tributary/core/shared';
import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { toIntegrationRow } from '../graphql/integration-row';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

/** Reads of the catalogue and of connections; the writes are in connection-commands.resolvers.ts. */
export const connectionResolvers: Resolvers = {
  Query: {
    integrations: (_parent, { category }, ctx) =>
      inTenant(ctx, 'read', async (tx) => {
        const rows = await tx.integration.findMany({ orderBy: [{ label: 'asc' }, { id: 'asc' }] });
        return rows
          .map(toIntegrationRow)
          .filter((row) => !category || row.connector?.category === category);
      }),
    connections: async (_parent, args, ctx) => {
      const integrationId = await requireOwnedIdOrUndefined(ctx, args.filter?.integrationId, 'Integration');
      return inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const filter: Prisma.ConnectionWhereInput = {
          tenantId: access.tenantId,
          ...(args.filter?.status ? { status: args.filter.status } : {}),
          ...(integrationId ? { integrationId } : {}),
        };
        const rows = await tx.connection.findMany({ where: { AND: [filter, page.where as Prisma.ConnectionWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      });
    },
    connection: async (_parent, { id }, ctx) => {
      const row = await ctx.loaders.connection.load(decodeId(id, 'Connection'));
      if (!row) throw notFound('Connection');
      return row;
    },
  },
  Integration: {
    id: (row) => encodeId('Integration', row.id),
    category: (row) => row.connector?.category ?? 'api',
    authType: (row) => {
      const type = row.connector?.authType ?? row.authType;
      return type === 'oauth2' || type === 'apiKey' || type === 'basic' ? type : 'none';
    },
    streams: (row) => row.connector?.streams ?? [],
    destinationModels: (row) => row.connector?.destinationModels ?? [],
    webhooks: (row) => row.connector?.webhook ?? false,
    custom: (row) => row.tenantId !== null,
  },
  Connection: {
    id: (row) => encodeId('Connection', row.id),
    integration: async (row, _args, ctx) => {
      const integration = await ctx.loaders.integration.load(row.integrationId);
      if (!integration) throw new DomainError('NOT_FOUND', 'Integration not found.');
      return integration;
    },
    settings: (row) => row.settings ?? {},
  },
};

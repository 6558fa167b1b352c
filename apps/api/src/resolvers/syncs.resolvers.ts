import { DomainError } from '@tributary/core/shared';
import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { mappingVersionKey } from '../loaders/tenant-loaders';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

/** Reads of syncs; the writes are in sync-commands.resolvers.ts. */
export const syncResolvers: Resolvers = {
  Query: {
    syncs: async (_parent, args, ctx) => {
      const f = args.filter ?? {};
      const sourceConnectionId = await requireOwnedIdOrUndefined(ctx, f.sourceConnectionId, 'Connection');
      return inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const filter: Prisma.SyncConfigWhereInput = {
          tenantId: access.tenantId,
          ...(f.status ? { status: f.status } : {}),
          ...(f.model ? { model: f.model } : {}),
          ...(sourceConnectionId ? { sourceConnectionId } : {}),
        };
        const rows = await tx.syncConfig.findMany({ where: { AND: [filter, page.where as Prisma.SyncConfigWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      });
    },
    sync: async (_parent, { id }, ctx) => {
      const row = await ctx.loaders.sync.load(decodeId(id, 'Sync'));
      if (!row) throw notFound('Sync');
      return row;
    },
  },
  Sync: {
    id: (sync) => encodeId('Sync', sync.id),
    source: async (sync, _args, ctx) => {
      const connection = await ctx.loaders.connection.load(sync.sourceConnectionId);
      if (!connection) throw new DomainError('NOT_FOUND', 'Connection not found.');
      return connection;
    },
    destinations: (sync, _args, ctx) => ctx.loaders.syncDestinations.load(sync.id),
    mapping: async (sync, _args, ctx) => {
      const mapping = await ctx.loaders.mappingVersion.load(mappingVersionKey(sync.id, sync.mappingVersion));
      return mapping ?? { id: '', tenantId: sync.tenantId, syncConfigId: sync.id, version: sync.mappingVersion, spec: {}, createdById: null, createdAt: sync.createdAt };
    },
    mappingHistory: (sync, _args, ctx) =>
      inTenant(ctx, 'read', (tx, access) => tx.mappingVersion.findMany({ where: { tenantId: access.tenantId, syncConfigId: sync.id }, orderBy: { version: 'desc' }, take: 100 })),
    runs: (sync, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'queuedAt');
        const filter: Prisma.SyncRunWhereInput = { tenantId: access.tenantId, syncConfigId: sync.id, ...(args.status?.length ? { status: { in: args.status } } : {}) };
        const rows = await tx.syncRun.findMany({ where: { AND: [filter, page.where as Prisma.SyncRunWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.queuedAt);
      }),
  },
  MappingVersion: {
    spec: (mapping) => mapping.spec ?? {},
  },
};

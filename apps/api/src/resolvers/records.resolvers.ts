import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { traceRecord } from '@tributary/core/sync';
import { inTenant } from './in-tenant';
import { requireOwnedId } from './owned-id';

export const recordResolvers: Resolvers = {
  Query: {
    records: (_parent, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'updatedAt');
        const f = args.filter ?? {};
        const filter: Prisma.CanonicalRecordWhereInput = {
          tenantId: access.tenantId,
          ...(f.model ? { model: f.model } : {}),
          ...(f.includeDeleted ? {} : { deleted: false }),
          ...(f.updatedAfter ? { updatedAt: { gte: f.updatedAfter } } : {}),
        };
        const rows = await tx.canonicalRecord.findMany({ where: { AND: [filter, page.where as Prisma.CanonicalRecordWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.updatedAt);
      }),
    record: async (_parent, { id }, ctx) => {
      const row = await ctx.loaders.record.load(decodeId(id, 'CanonicalRecord'));
      if (!row) throw notFound('CanonicalRecord');
      return row;
    },
    recordBySource: async (_parent, { connectionId, externalId, stream }, ctx) => {
      const connection = await requireOwnedId(ctx, connectionId, 'Connection');
      const trace = await inTenant(ctx, 'read', (tx) => traceRecord(tx, { connectionId: connection, externalId, stream: stream ?? undefined }));
      const row = trace ? await ctx.loaders.record.load(trace.record.id) : null;
      if (!row) throw notFound('CanonicalRecord');
      return row;
    },
  },
  CanonicalRecord: {
    id: (record) => encodeId('CanonicalRecord', record.id),
    lineage: async (record, _args, ctx) => {
      const trace = await inTenant(ctx, 'read', (tx) => traceRecord(tx, { canonicalId: record.id }));
      return trace?.versions ?? [];
    },
  },
  RecordSourceEdge: {
    seenAt: (edge) => new Date(edge.seenAt),
    connection: (edge, _args, ctx) => ctx.loaders.connection.load(edge.connectionId),
    sync: (edge, _args, ctx) => (edge.syncConfigId ? ctx.loaders.sync.load(edge.syncConfigId) : null),
    run: (edge, _args, ctx) => (edge.runId ? ctx.loaders.run.load(edge.runId) : null),
  },
  RecordDeliveryEdge: {
    deliveredAt: (edge) => new Date(edge.deliveredAt),
    destination: (edge, _args, ctx) => ctx.loaders.connection.load(edge.connectionId),
    run: (edge, _args, ctx) => (edge.runId ? ctx.loaders.run.load(edge.runId) : null),
  },
};

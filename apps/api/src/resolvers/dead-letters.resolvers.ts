import type { Prisma } from '@tributary/db';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { DeadLetterFilter, Resolvers } from '../graphql/generated/resolvers-types';
import { requireAccess } from '../auth/require-access';
import type { GraphqlContext } from '../graphql/context';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

/** The Prisma filter of a DeadLetterFilter (open dead letters when no status is given); its ids must be the caller's. */
export async function deadLetterWhere(ctx: GraphqlContext, tenantId: string, f: DeadLetterFilter | null | undefined): Promise<Prisma.DeadLetterWhereInput> {
  const filter = f ?? {};
  const [syncConfigId, runId, connectionId] = await Promise.all([
    requireOwnedIdOrUndefined(ctx, filter.syncId, 'Sync'),
    requireOwnedIdOrUndefined(ctx, filter.runId, 'Run'),
    requireOwnedIdOrUndefined(ctx, filter.connectionId, 'Connection'),
  ]);
  return {
    tenantId,
    status: { in: filter.status?.length ? filter.status : ['open'] },
    ...(filter.stage?.length ? { stage: { in: filter.stage } } : {}),
    ...(syncConfigId ? { syncConfigId } : {}),
    ...(runId ? { runId } : {}),
    ...(connectionId ? { connectionId } : {}),
    ...(filter.errorCode ? { errorCode: filter.errorCode } : {}),
    ...(filter.createdAfter || filter.createdBefore
      ? { createdAt: { ...(filter.createdAfter ? { gte: filter.createdAfter } : {}), ...(filter.createdBefore ? { lt: filter.createdBefore } : {}) } }
      : {}),
  };
}

/** Reads of dead letters; replay and discard are in dead-letter-commands.resolvers.ts. */
export const deadLetterResolvers: Resolvers = {
  Query: {
    deadLetters: async (_parent, args, ctx) => {
      const where = await deadLetterWhere(ctx, requireAccess(ctx.caller, 'read').tenantId, args.filter);
      return inTenant(ctx, 'read', async (tx) => {
        const page = pageQuery(args, 'createdAt');
        const rows = await tx.deadLetter.findMany({ where: { AND: [where, page.where as Prisma.DeadLetterWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      });
    },
    deadLetter: async (_parent, { id }, ctx) => {
      const key = decodeId(id, 'DeadLetter');
      const row = await inTenant(ctx, 'read', (tx, access) => tx.deadLetter.findFirst({ where: { id: key, tenantId: access.tenantId } }));
      if (!row) throw notFound('DeadLetter');
      return row;
    },
  },
  DeadLetter: {
    id: (row) => encodeId('DeadLetter', row.id),
    run: (row, _args, ctx) => (row.runId ? ctx.loaders.run.load(row.runId) : null),
    sync: (row, _args, ctx) => (row.syncConfigId ? ctx.loaders.sync.load(row.syncConfigId) : null),
    connection: (row, _args, ctx) => (row.connectionId ? ctx.loaders.connection.load(row.connectionId) : null),
    record: (row, _args, ctx) => (row.canonicalRecordId ? ctx.loaders.record.load(row.canonicalRecordId) : null),
    destination: (row, _args, ctx) => (row.destinationConnectionId ? ctx.loaders.connection.load(row.destinationConnectionId) : null),
    replayRun: (row, _args, ctx) => (row.replayRunId ? ctx.loaders.run.load(row.replayRunId) : null),
    payload: (row) => row.payload ?? null,
    error: (row) => ({ code: row.errorCode, message: row.errorMessage, path: row.errorPath, details: row.errorDetails }),
  },
};

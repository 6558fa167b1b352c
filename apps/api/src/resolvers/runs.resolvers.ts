import { DomainError } from '@tributary/core/shared';
import type { Prisma } from '@tributary/db';
import { z } from 'zod';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { RunDeliveryRow } from '../graphql/graphql-rows';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

const pushedSchema = z.record(
  z.string(),
  z.object({ pushed: z.number().default(0), skipped: z.number().default(0), failed: z.number().default(0), checksum: z.union([z.string(), z.number()]).nullish() }).loose(),
);
const reconciliationSchema = z.object({ ok: z.boolean(), checks: z.array(z.record(z.string(), z.unknown())).default([]) }).loose();

function text(value: unknown): string | null {
  if (value == null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const runResolvers: Resolvers = {
  Query: {
    runs: async (_parent, args, ctx) => {
      const f = args.filter ?? {};
      const syncConfigId = await requireOwnedIdOrUndefined(ctx, f.syncId, 'Sync');
      return inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'queuedAt');
        const filter: Prisma.SyncRunWhereInput = {
          tenantId: access.tenantId,
          ...(syncConfigId ? { syncConfigId } : {}),
          ...(f.status?.length ? { status: { in: f.status } } : {}),
          ...(f.queuedAfter || f.queuedBefore ? { queuedAt: { ...(f.queuedAfter ? { gte: f.queuedAfter } : {}), ...(f.queuedBefore ? { lt: f.queuedBefore } : {}) } } : {}),
        };
        const rows = await tx.syncRun.findMany({ where: { AND: [filter, page.where as Prisma.SyncRunWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.queuedAt);
      });
    },
    run: async (_parent, { id }, ctx) => {
      const row = await ctx.loaders.run.load(decodeId(id, 'Run'));
      if (!row) throw notFound('Run');
      return row;
    },
  },
  Run: {
    id: (run) => encodeId('Run', run.id),
    sync: async (run, _args, ctx) => {
      const sync = await ctx.loaders.sync.load(run.syncConfigId);
      if (!sync) throw new DomainError('NOT_FOUND', 'Sync not found.');
      return sync;
    },
    durationMs: (run) => (run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null),
    counts: (run) => ({ read: run.readCount, created: run.createdCount, updated: run.updatedCount, unchanged: run.unchangedCount, failed: run.failedCount, deleted: run.deletedCount }),
    deliveries: (run): RunDeliveryRow[] => {
      const parsed = pushedSchema.safeParse(run.pushed);
      if (!parsed.success) return [];
      return Object.entries(parsed.data).map(([destinationId, value]) => ({ destinationId, pushed: value.pushed, skipped: value.skipped, failed: value.failed, checksum: text(value.checksum) }));
    },
    reconciliation: (run) => {
      const parsed = reconciliationSchema.safeParse(run.reconciliation);
      if (!parsed.success) return null;
      return {
        ok: parsed.data.ok,
        checks: parsed.data.checks.map((check, index) => ({
          name: text(check.name ?? check.check) ?? `check ${index + 1}`,
          ok: check.ok === true,
          expected: text(check.expected),
          actual: text(check.actual),
          message: text(check.message ?? check.detail),
        })),
      };
    },
    error: (run) => (run.error || run.errorCode ? { code: run.errorCode, message: run.error ?? run.errorCode ?? 'failed' } : null),
    failures: (run, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const rows = await tx.deadLetter.findMany({ where: { AND: [{ tenantId: access.tenantId, runId: run.id }, page.where as Prisma.DeadLetterWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      }),
  },
  RunDelivery: {
    destinationId: (delivery) => encodeId('Connection', delivery.destinationId),
    destination: (delivery, _args, ctx) => (/^[0-9a-f-]{36}$/i.test(delivery.destinationId) ? ctx.loaders.connection.load(delivery.destinationId) : null),
  },
};

import { replayDeadLetters, type ReplayResult, type ReplaySelector } from '@tributary/core/sync';
import { requireAccess } from '../auth/require-access';
import type { GraphqlContext } from '../graphql/context';
import { DomainError } from '@tributary/core/shared';
import { decodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { RunRow } from '../graphql/graphql-rows';
import { discardDeadLetters } from '../dead-letters/discard-dead-letters';
import { inTenant } from './in-tenant';
import { requireOwnedIdOrUndefined } from './owned-id';

/** The keys of dead-letter ids, all of which must be the caller's (else NOT_FOUND). */
export async function requireOwnedDeadLetters(ctx: GraphqlContext, ids: readonly string[]): Promise<string[]> {
  const keys = [...new Set(ids.map((id) => decodeId(id, 'DeadLetter')))];
  if (keys.length > 1000) throw new DomainError('VALIDATION_FAILED', 'At most 1000 dead letters a call.', { fields: [{ field: 'ids', message: 'at most 1000' }] });
  const found = await inTenant(ctx, 'write', (tx, access) => tx.deadLetter.count({ where: { id: { in: keys }, tenantId: access.tenantId } }));
  if (found !== keys.length) throw notFound('DeadLetter');
  return keys;
}

async function replay(ctx: GraphqlContext, selector: ReplaySelector) {
  const access = requireAccess(ctx.caller, 'write');
  const result: ReplayResult = await replayDeadLetters(ctx.deps.sync, access.tenantId, access.actor, selector);
  const runs = await ctx.loaders.run.loadMany(result.runs.map((run) => run.runId));
  return {
    replayedCount: result.replayed,
    stillOpenCount: result.stillOpen,
    skippedCount: result.skipped,
    runs: runs.filter((run): run is RunRow => Boolean(run) && !(run instanceof Error)),
  };
}

/** Replay (thin calls into `@tributary/core/sync`) and discard; every id must be the caller's tenant's (else NOT_FOUND). */
export const deadLetterCommandResolvers: Resolvers = {
  Mutation: {
    replayDeadLetter: async (_parent, { id }, ctx) => replay(ctx, { ids: await requireOwnedDeadLetters(ctx, [id]) }),
    replayDeadLetters: async (_parent, { ids }, ctx) => replay(ctx, { ids: await requireOwnedDeadLetters(ctx, ids) }),
    discardDeadLetters: async (_parent, { ids, reason }, ctx) => {
      const keys = await requireOwnedDeadLetters(ctx, ids);
      const discardedCount = await inTenant(ctx, 'write', (tx, access) => discardDeadLetters(tx, access, keys, reason ?? null));
      return { discardedCount };
    },
    replayDeadLettersMatching: async (_parent, { filter }, ctx) => {
      const [syncConfigId, runId] = await Promise.all([requireOwnedIdOrUndefined(ctx, filter.syncId, 'Sync'), requireOwnedIdOrUndefined(ctx, filter.runId, 'Run')]);
      return replay(ctx, { filter: { syncConfigId, runId, stage: filter.stage ?? undefined, errorCode: filter.errorCode ?? undefined } });
    },
  },
};

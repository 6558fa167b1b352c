import { createSyncConfig, pauseSync, previewMapping, requestSyncRun, resumeSync, updateSyncConfig, type CreateSyncInput } from '@tributary/core/sync';
import { requireAccess } from '../auth/require-access';
import type { GraphqlContext } from '../graphql/context';
import { notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { RunRow, SyncRow } from '../graphql/graphql-rows';
import { requireOwnedId, requireOwnedIdOrUndefined } from './owned-id';

async function reloadSync(ctx: GraphqlContext, syncId: string): Promise<SyncRow> {
  ctx.loaders.sync.clear(syncId);
  const row = await ctx.loaders.sync.load(syncId);
  if (!row) throw notFound('Sync');
  return row;
}

async function reloadRun(ctx: GraphqlContext, runId: string): Promise<RunRow> {
  ctx.loaders.run.clear(runId);
  const row = await ctx.loaders.run.load(runId);
  if (!row) throw notFound('Run');
  return row;
}

function ownedIds(ctx: GraphqlContext, ids: readonly string[] | null | undefined): Promise<string[] | undefined> {
  return ids ? Promise.all(ids.map((id) => requireOwnedId(ctx, id, 'Connection'))) : Promise.resolve(undefined);
}

/** Sync writes and the dry-run preview: thin calls into `@tributary/core/sync`. */
export const syncCommandResolvers: Resolvers = {
  Query: {
    mappingPreview: async (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const [syncConfigId, sourceConnectionId] = await Promise.all([requireOwnedIdOrUndefined(ctx, input.syncId, 'Sync'), requireOwnedIdOrUndefined(ctx, input.sourceConnectionId, 'Connection')]);
      const { samples } = await previewMapping(ctx.deps.sync, access.tenantId, access.actor, {
        syncConfigId,
        sourceConnectionId,
        sourceStream: input.sourceStream ?? undefined,
        model: input.model ?? undefined,
        mapping: input.mapping ?? undefined,
        sampleSize: input.sampleSize ?? undefined,
      });
      return { samples };
    },
  },
  Mutation: {
    createSync: async (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const [sourceConnectionId, destinationConnectionIds] = await Promise.all([requireOwnedId(ctx, input.sourceConnectionId, 'Connection'), ownedIds(ctx, input.destinationConnectionIds)]);
      const { syncConfigId } = await createSyncConfig(ctx.deps.sync, access.tenantId, access.actor, {
        name: input.name,
        sourceConnectionId,
        sourceStream: input.sourceStream,
        model: input.model as CreateSyncInput['model'],
        destinationConnectionIds,
        mapping: input.mapping ?? undefined,
        mode: input.mode ?? undefined,
        schedule: input.schedule ?? undefined,
        slaMinutes: input.slaMinutes ?? undefined,
        driftPolicy: input.driftPolicy ?? undefined,
      });
      return reloadSync(ctx, syncConfigId);
    },
    updateSync: async (_parent, { id, input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const syncId = await requireOwnedId(ctx, id, 'Sync');
      const destinationConnectionIds = await ownedIds(ctx, input.destinationConnectionIds);
      // absent = unchanged; an explicit null clears schedule / SLA
      const given = <K extends keyof typeof input>(key: K) => (key in input ? input[key] : undefined);
      await updateSyncConfig(ctx.deps.sync, access.tenantId, access.actor, syncId, {
        name: input.name ?? undefined,
        destinationConnectionIds,
        mapping: given('mapping') ?? undefined,
        mode: input.mode ?? undefined,
        schedule: given('schedule'),
        slaMinutes: given('slaMinutes'),
        driftPolicy: input.driftPolicy ?? undefined,
      });
      return reloadSync(ctx, syncId);
    },
    pauseSync: async (_parent, { id, reason }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const syncId = await requireOwnedId(ctx, id, 'Sync');
      await pauseSync(ctx.deps.sync, access.tenantId, access.actor, syncId, reason);
      return reloadSync(ctx, syncId);
    },
    resumeSync: async (_parent, { id }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const syncId = await requireOwnedId(ctx, id, 'Sync');
      await resumeSync(ctx.deps.sync, access.tenantId, access.actor, syncId);
      return reloadSync(ctx, syncId);
    },
    triggerSyncRun: async (_parent, { id, mode }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const syncConfigId = await requireOwnedId(ctx, id, 'Sync');
      const { runId } = await requestSyncRun(ctx.deps.sync, { tenantId: access.tenantId, syncConfigId, trigger: 'manual', mode: mode ?? undefined }, access.actor);
      return reloadRun(ctx, runId);
    },
  },
  MappingPreviewSample: {
    errors: (sample) => sample.errors ?? [],
  },
};

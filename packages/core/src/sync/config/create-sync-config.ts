import { withTenant } from '@tributary/db';
import { recordAudit, type Actor } from '../../audit/index';
import { DomainError, toFieldIssues, type FieldIssue } from '../../shared/index';
import { defaultMappingSpec, parseMappingSpec, type MappingSpec } from '../mapping/mapping-spec';
import { assertMayManageSyncs } from '../sync-actor';
import type { SyncDeps } from '../sync-deps';
import { checkDestinations, checkSource } from './check-sync-targets';
import { createSyncInputSchema, type CreateSyncInput } from './sync-config-input';
import { applySyncSchedules } from './sync-schedules';

export function failValidation(message: string, fields: FieldIssue[]): never {
  throw new DomainError('VALIDATION_FAILED', message, { fields });
}

/**
 * Creates a sync: source connection + stream -> canonical model (mapping version 1) ->
 * destinations, with its mode, cron schedule (registered with pg-boss) and SLA. Every problem
 * with the input is reported at once, per field (VALIDATION_FAILED with `fields`).
 */
export async function createSyncConfig(deps: Pick<SyncDeps, 'db' | 'queue'>, tenantId: string, actor: Actor, input: CreateSyncInput): Promise<{ syncConfigId: string; mappingVersion: number }> {
  assertMayManageSyncs(actor, tenantId);
  const parsed = createSyncInputSchema.safeParse(input);
  if (!parsed.success) failValidation('Invalid sync', toFieldIssues(parsed.error.issues));
  const data = parsed.data;
  let spec: MappingSpec = defaultMappingSpec;
  const issues: FieldIssue[] = [];
  if (data.mapping !== undefined && data.mapping !== null) {
    const mapping = parseMappingSpec(data.mapping, data.model);
    if (mapping.ok) spec = mapping.spec;
    else issues.push(...mapping.issues);
  }

  const created = await withTenant(deps.db, tenantId, async (tx) => {
    issues.push(...(await checkSource(tx, data)), ...(await checkDestinations(tx, data.destinationConnectionIds, data.model)));
    if (issues.length) failValidation('Invalid sync', issues);
    const sync = await tx.syncConfig.create({
      data: {
        tenantId,
        name: data.name,
        sourceConnectionId: data.sourceConnectionId,
        sourceStream: data.sourceStream,
        model: data.model,
        mode: data.mode,
        schedule: data.schedule,
        slaMinutes: data.slaMinutes,
        driftPolicy: data.driftPolicy,
        mappingVersion: 1,
      },
    });
    await tx.mappingVersion.create({ data: { tenantId, syncConfigId: sync.id, version: 1, spec, createdById: actor.kind === 'user' ? actor.userId : null } });
    if (data.destinationConnectionIds.length) {
      await tx.syncDestination.createMany({ data: data.destinationConnectionIds.map((connectionId) => ({ tenantId, syncConfigId: sync.id, connectionId })) });
    }
    await recordAudit(tx, tenantId, actor, {
      action: 'sync.create',
      targetType: 'sync_config',
      targetId: sync.id,
      metadata: { name: data.name, source: data.sourceConnectionId, stream: data.sourceStream, model: data.model, destinations: data.destinationConnectionIds },
    });
    return sync;
  });
  await applySyncSchedules(deps.queue, created);
  return { syncConfigId: created.id, mappingVersion: 1 };
}

import { stableStringify } from '@tributary/connectors';
import { withTenant, type TenantDb } from '@tributary/db';
import { recordAudit, type Actor } from '../../audit/index';
import { DomainError, toFieldIssues, type FieldIssue } from '../../shared/index';
import { parseMappingSpec, type MappingSpec } from '../mapping/mapping-spec';
import { parseModel } from '../run/run-context';
import { assertMayManageSyncs } from '../sync-actor';
import type { SyncDeps } from '../sync-deps';
import { checkDestinations } from './check-sync-targets';
import { failValidation } from './create-sync-config';
import { updateSyncInputSchema, type UpdateSyncInput } from './sync-config-input';
import { applySyncSchedules } from './sync-schedules';

async function replaceDestinations(tx: TenantDb, tenantId: string, syncConfigId: string, ids: readonly string[]): Promise<void> {
  await tx.syncDestination.deleteMany({ where: { syncConfigId, connectionId: { notIn: [...ids] } } });
  const existing = await tx.syncDestination.findMany({ where: { syncConfigId }, select: { connectionId: true } });
  const have = new Set(existing.map((d) => d.connectionId));
  const added = ids.filter((id) => !have.has(id));
  if (added.length) await tx.syncDestination.createMany({ data: added.map((connectionId) => ({ tenantId, syncConfigId, connectionId })) });
}

/** A new mapping version when the spec differs from the current one; returns the sync's mapping version after. */
async function saveMapping(tx: TenantDb, tenantId: string, actor: Actor, sync: { id: string; mappingVersion: number }, spec: MappingSpec): Promise<number> {
  const current = await tx.mappingVersion.findUnique({ where: { syncConfigId_version: { syncConfigId: sync.id, version: sync.mappingVersion } } });
  if (current && stableStringify(current.spec) === stableStringify(spec)) return sync.mappingVersion;
  const latest = await tx.mappingVersion.aggregate({ where: { syncConfigId: sync.id }, _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  await tx.mappingVersion.create({ data: { tenantId, syncConfigId: sync.id, version, spec, createdById: actor.kind === 'user' ? actor.userId : null } });
  return version;
}

/**
 * Changes a sync. Only the fields given change; a different `mapping` becomes a new mapping
 * version (runs started later use it; replays always use the current one). Schedules follow.
 */
export async function updateSyncConfig(
  deps: Pick<SyncDeps, 'db' | 'queue'>,
  tenantId: string,
  actor: Actor,
  syncConfigId: string,
  input: UpdateSyncInput,
): Promise<{ syncConfigId: string; mappingVersion: number }> {
  assertMayManageSyncs(actor, tenantId);
  const parsed = updateSyncInputSchema.safeParse(input);
  if (!parsed.success) failValidation('Invalid sync change', toFieldIssues(parsed.error.issues));
  const patch = parsed.data;
  const updated = await withTenant(deps.db, tenantId, async (tx) => {
    const sync = await tx.syncConfig.findUnique({ where: { id: syncConfigId } });
    if (!sync) throw new DomainError('NOT_FOUND', 'Sync not found');
    const model = parseModel(sync.model);
    const issues: FieldIssue[] = [];
    let spec: MappingSpec | undefined;
    if (patch.mapping !== undefined) {
      const mapping = parseMappingSpec(patch.mapping ?? {}, model);
      if (mapping.ok) spec = mapping.spec;
      else issues.push(...mapping.issues);
    }
    if (patch.destinationConnectionIds) issues.push(...(await checkDestinations(tx, patch.destinationConnectionIds, model)));
    if (issues.length) failValidation('Invalid sync change', issues);
    const mappingVersion = spec ? await saveMapping(tx, tenantId, actor, sync, spec) : sync.mappingVersion;
    if (patch.destinationConnectionIds) await replaceDestinations(tx, tenantId, sync.id, patch.destinationConnectionIds);
    const next = await tx.syncConfig.update({
      where: { id: sync.id },
      data: { name: patch.name, mode: patch.mode, schedule: patch.schedule, slaMinutes: patch.slaMinutes, driftPolicy: patch.driftPolicy, mappingVersion },
    });
    const changed = Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined);
    await recordAudit(tx, tenantId, actor, { action: 'sync.update', targetType: 'sync_config', targetId: sync.id, metadata: { changed, mappingVersion } });
    return next;
  });
  await applySyncSchedules(deps.queue, updated);
  return { syncConfigId: updated.id, mappingVersion: updated.mappingVersion };
}

/** Stops scheduled runs (manual runs are refused too) until `resumeSync`. */
export async function pauseSync(deps: Pick<SyncDeps, 'db' | 'queue'>, tenantId: string, actor: Actor, syncConfigId: string, reason?: string | null): Promise<void> {
  await setSyncStatus(deps, tenantId, actor, syncConfigId, 'paused', reason ?? 'paused by a person');
}

export async function resumeSync(deps: Pick<SyncDeps, 'db' | 'queue'>, tenantId: string, actor: Actor, syncConfigId: string): Promise<void> {
  await setSyncStatus(deps, tenantId, actor, syncConfigId, 'active', null);
}

async function setSyncStatus(deps: Pick<SyncDeps, 'db' | 'queue'>, tenantId: string, actor: Actor, syncConfigId: string, status: 'active' | 'paused', reason: string | null): Promise<void> {
  assertMayManageSyncs(actor, tenantId);
  const sync = await withTenant(deps.db, tenantId, async (tx) => {
    const found = await tx.syncConfig.findUnique({ where: { id: syncConfigId }, select: { id: true } });
    if (!found) throw new DomainError('NOT_FOUND', 'Sync not found');
    const next = await tx.syncConfig.update({ where: { id: syncConfigId }, data: { status, pausedReason: reason?.slice(0, 500) ?? null } });
    await recordAudit(tx, tenantId, actor, { action: status === 'paused' ? 'sync.pause' : 'sync.resume', targetType: 'sync_config', targetId: syncConfigId, metadata: reason ? { reason } : {} });
    return next;
  });
  await applySyncSchedules(deps.queue, sync);
}

import { canonicalModelNames, resolveStream, type AnyStreamDef, type CanonicalModelName } from '@tributary/connectors';
import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { openConnection, type OpenedConnection } from '../../connections/index';
import { DomainError } from '../../shared/index';
import type { CompiledMapping } from '../mapping/apply-mapping';
import { loadMapping } from '../mapping/load-mapping';
import type { SyncDeps } from '../sync-deps';

const destinationIds = z.array(z.uuid());

/** A run as its steps see it: the SyncRun row, its sync's model and stream, the mapping version it runs with. */
export interface RunRecord {
  runId: string;
  tenantId: string;
  syncConfigId: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  trigger: 'schedule' | 'manual' | 'webhook' | 'replay';
  mode: 'incremental' | 'full';
  attempt: number;
  model: CanonicalModelName;
  sourceConnectionId: string;
  streamName: string;
  destinationIds: string[];
  mapping: CompiledMapping;
}

/** Everything a step needs to move records: the run, the opened source and destinations, the stream definition. */
export interface RunContext extends RunRecord {
  source: OpenedConnection;
  stream: AnyStreamDef;
  destinations: OpenedConnection[];
}

export function parseModel(model: string): CanonicalModelName {
  if (!(canonicalModelNames as string[]).includes(model)) throw new DomainError('PRECONDITION_FAILED', `unknown canonical model "${model}"`);
  return model as CanonicalModelName;
}

/** The run and its sync (NOT_FOUND when it is not this tenant's). */
export async function loadRunRecord(deps: Pick<SyncDeps, 'db'>, tenantId: string, runId: string): Promise<RunRecord> {
  return withTenant(deps.db, tenantId, async (tx) => {
    const run = await tx.syncRun.findUnique({ where: { id: runId }, include: { syncConfig: true } });
    if (!run) throw new DomainError('NOT_FOUND', 'Run not found');
    const model = parseModel(run.syncConfig.model);
    return {
      runId: run.id,
      tenantId,
      syncConfigId: run.syncConfigId,
      status: run.status,
      trigger: run.trigger,
      mode: run.mode,
      attempt: run.attempt,
      model,
      sourceConnectionId: run.syncConfig.sourceConnectionId,
      streamName: run.syncConfig.sourceStream,
      destinationIds: destinationIds.catch([]).parse(run.destinations),
      mapping: await loadMapping(tx, run.syncConfigId, run.mappingVersion, model),
    };
  });
}

/** A destination connection that can take `model` records, or PRECONDITION_FAILED. */
export async function openDestination(deps: SyncDeps, tenantId: string, connectionId: string, model: CanonicalModelName): Promise<OpenedConnection> {
  const opened = await openConnection(deps, tenantId, connectionId);
  if (!opened.connector.destination?.models.includes(model)) {
    throw new DomainError('PRECONDITION_FAILED', `connection ${connectionId} (${opened.connector.id}) cannot receive ${model} records`);
  }
  return opened;
}

/** Opens the run's source and destinations (NEEDS_REAUTH fails fast here). */
export async function openRunContext(deps: SyncDeps, run: RunRecord): Promise<RunContext> {
  const source = await openConnection(deps, run.tenantId, run.sourceConnectionId);
  const stream = resolveStream(source.connector, source.settings, run.streamName);
  const destinations: OpenedConnection[] = [];
  for (const id of run.destinationIds) destinations.push(await openDestination(deps, run.tenantId, id, run.model));
  return { ...run, source, stream, destinations };
}

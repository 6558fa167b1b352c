import { readStream, resolveStream, type StreamPage } from '@tributary/connectors';
import { withTenant, withTenantConnection } from '@tributary/db';
import { z } from 'zod';
import type { Actor } from '../../audit/index';
import { openConnection } from '../../connections/index';
import { DomainError, toFieldIssues, type FieldIssue } from '../../shared/index';
import { compileMapping, type CompiledMapping } from '../mapping/apply-mapping';
import { loadMapping } from '../mapping/load-mapping';
import { parseMappingSpec } from '../mapping/mapping-spec';
import { finishRecord, prepareRecordResult, type RecordMappingContext } from '../mapping/source-record';
import { loadLookups } from '../run/map-page';
import { parseModel } from '../run/run-context';
import { assertMayManageSyncs } from '../sync-actor';
import type { SyncDeps } from '../sync-deps';
import { failValidation } from './create-sync-config';

const previewInputSchema = z
  .object({
    syncConfigId: z.uuid().optional(),
    sourceConnectionId: z.uuid().optional(),
    sourceStream: z.string().min(1).optional(),
    model: z.string().min(1).optional(),
    mapping: z.unknown().optional(),
    sampleSize: z.number().int().min(1).max(20).default(5),
  })
  .refine((i) => i.syncConfigId || (i.sourceConnectionId && i.sourceStream && i.model), { message: 'give syncConfigId, or sourceConnectionId + sourceStream + model' });
export type PreviewMappingInput = z.input<typeof previewInputSchema>;

export interface MappingPreviewSample {
  externalId: string | null;
  /** the provider's record as read */
  source: unknown;
  /** the canonical record the mapping produced; null when the record would be dead-lettered */
  mapped: Record<string, unknown> | null;
  identity: string | null;
  stage: 'validate' | 'map' | null;
  errors: FieldIssue[];
}

async function resolveTarget(deps: SyncDeps, tenantId: string, input: z.infer<typeof previewInputSchema>) {
  if (!input.syncConfigId) return { connectionId: input.sourceConnectionId as string, stream: input.sourceStream as string, model: parseModel(input.model as string), current: null };
  const syncConfigId = input.syncConfigId;
  return withTenant(deps.db, tenantId, async (tx) => {
    const sync = await tx.syncConfig.findUnique({ where: { id: syncConfigId } });
    if (!sync) throw new DomainError('NOT_FOUND', 'Sync not found');
    const model = parseModel(sync.model);
    return { connectionId: sync.sourceConnectionId, stream: sync.sourceStream, model, current: await loadMapping(tx, sync.id, sync.mappingVersion, model) };
  });
}

/**
 * Dry run: reads one small page of live records from the source and maps it with `mapping`
 * (or the sync's current mapping). Nothing is written anywhere.
 */
export async function previewMapping(deps: SyncDeps, tenantId: string, actor: Actor, input: PreviewMappingInput): Promise<{ samples: MappingPreviewSample[] }> {
  assertMayManageSyncs(actor, tenantId);
  const parsed = previewInputSchema.safeParse(input);
  if (!parsed.success) failValidation('Invalid preview', toFieldIssues(parsed.error.issues));
  const target = await resolveTarget(deps, tenantId, parsed.data);
  let mapping: CompiledMapping = target.current ?? compileMapping(target.model, { fields: {} }, 0);
  if (parsed.data.mapping !== undefined) {
    const spec = parseMappingSpec(parsed.data.mapping, target.model);
    if (!spec.ok) failValidation('Invalid mapping', spec.issues);
    mapping = compileMapping(target.model, spec.spec, 0);
  }
  const source = await openConnection(deps, tenantId, target.connectionId);
  const stream = resolveStream(source.connector, source.settings, target.stream);
  if (stream.model !== target.model) failValidation('Invalid preview', [{ field: 'model', message: `the stream "${stream.name}" produces ${stream.model} records` }]);
  const ctx: RecordMappingContext = { stream, settings: source.settings, connectionId: target.connectionId, mapping };

  let page: StreamPage | undefined;
  const reader = readStream({ ...source, fetchImpl: deps.fetchImpl, rateLimiter: deps.rateLimiter, stream: target.stream, pageSize: parsed.data.sampleSize });
  for await (const first of reader) {
    page = first;
    break;
  }
  const prepared = (page?.records ?? []).slice(0, parsed.data.sampleSize).map((r) => prepareRecordResult(ctx, r));
  const lookups = await withTenantConnection(deps.pool, tenantId, (client) => loadLookups(client, tenantId, ctx, prepared.filter((p) => p.ok)));
  const samples = prepared.map((item): MappingPreviewSample => {
    const result = item.ok ? finishRecord(ctx, item, lookups) : item;
    if (result.ok) return { externalId: result.externalId, source: result.raw, mapped: result.record, identity: result.identity, stage: null, errors: [] };
    const issues = result.error.issues?.length ? result.error.issues : [{ path: result.error.path ?? [], message: result.error.message }];
    return { externalId: result.externalId, source: result.raw, mapped: null, identity: null, stage: result.stage, errors: issues.map((i) => ({ field: i.path.join('.') || '(record)', message: i.message })) };
  });
  return { samples };
}

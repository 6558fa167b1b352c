import type { CanonicalModelName } from '@tributary/connectors';
import type { TenantDb } from '@tributary/db';
import { compileMapping, type CompiledMapping } from './apply-mapping';
import { defaultMappingSpec, mappingSpecSchema } from './mapping-spec';

/** A sync's mapping at `version` (the default mapping when that version has no row), compiled for the model. */
export async function loadMapping(tx: TenantDb, syncConfigId: string, version: number, model: CanonicalModelName): Promise<CompiledMapping> {
  const row = await tx.mappingVersion.findUnique({ where: { syncConfigId_version: { syncConfigId, version } }, select: { spec: true } });
  const parsed = mappingSpecSchema.safeParse(row?.spec ?? defaultMappingSpec);
  return compileMapping(model, parsed.success ? parsed.data : defaultMappingSpec, version);
}

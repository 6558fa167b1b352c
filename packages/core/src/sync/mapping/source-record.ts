import {
  canonicalModels,
  hashRecord,
  MappingError,
  type AnyStreamDef,
  type RecordError,
  type RecordResult,
} from '@tributary/connectors';
import { applyMapping, FieldMappingError, type CompiledMapping } from './apply-mapping';
import { hashText, serializeCanonical } from './canonical-json';
import type { LookupTable } from './field-transforms';
import { computeIdentity } from './record-identity';

/** What mapping a stream's records needs besides the records. */
export interface RecordMappingContext {
  stream: AnyStreamDef;
  /** the connector's parsed settings (normalize may read them) */
  settings: unknown;
  /** the source connection (identities fall back to it) */
  connectionId: string;
  mapping: CompiledMapping;
}

/** A record that passed validation and the connector's normalize: the base the mapping refines. */
export interface PreparedRecord {
  ok: true;
  externalId: string;
  raw: unknown;
  sourceHash: string;
  base: Record<string, unknown>;
  deleted: boolean;
  /** the engine already checked `base` against the model and there is nothing to apply */
  final: boolean;
}

/** A record that failed before reaching the hub: it becomes a dead letter. */
export interface FailedRecord {
  ok: false;
  stage: 'validate' | 'map';
  externalId: string | null;
  raw: unknown;
  sourceHash: string;
  error: RecordError;
}

/** A record ready for the hub. */
export interface MappedRecord {
  ok: true;
  externalId: string;
  raw: unknown;
  sourceHash: string;
  record: Record<string, unknown>;
  /** canonical JSON text (what the hub stores) and its sha256 */
  json: string;
  hash: string;
  identity: string;
  deleted: boolean;
}

type Issue = NonNullable<RecordError['issues']>[number];

function failure(stage: FailedRecord['stage'], raw: unknown, externalId: string | null, error: RecordError, sourceHash?: string): FailedRecord {
  return { ok: false, stage, externalId, raw, sourceHash: sourceHash ?? hashRecord(raw), error };
}

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] }): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message, code: i.code }));
}

function describe(prefix: string, issues: Issue[]): RecordError['message'] {
  return `${prefix}: ${issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
}

function isCovered(mapping: CompiledMapping, path: readonly (string | number)[]): boolean {
  const text = path.join('.');
  return mapping.coveredPaths.some((covered) => text === covered || text.startsWith(`${covered}.`));
}

/** A copy of `raw` with the value at each path set to null. */
function nullPaths(raw: unknown, paths: readonly (readonly (string | number)[])[]): unknown {
  const copy = structuredClone(raw) as Record<string | number, unknown>;
  for (const path of paths) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    const last = path[path.length - 1];
    if (node && typeof node === 'object' && last !== undefined) (node as Record<string | number, unknown>)[last] = null;
  }
  return copy;
}

/**
 * Validates and normalizes a raw record with the connector's own schema and `normalize`. A
 * provider-schema or normalize problem at a raw path the mapping reads itself (`from`) is
 * waived: that value is nulled for the connector, and the mapping's rule supplies the field.
 */
export function prepareRawRecord(ctx: RecordMappingContext, raw: unknown, knownSourceHash?: string): PreparedRecord | FailedRecord {
  const sourceHash = knownSourceHash ?? hashRecord(raw);
  const { stream, mapping } = ctx;
  let parsed = stream.raw.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const guessId = safeExternalId(stream, raw);
    const error: RecordError = { code: 'validation', message: describe('raw record does not match the provider schema', issues), path: issues[0]?.path, issues };
    if (issues.some((i) => !isCovered(mapping, i.path))) return failure('validate', raw, guessId, error, sourceHash);
    parsed = stream.raw.safeParse(nullPaths(raw, issues.map((i) => i.path)));
    if (!parsed.success) return failure('validate', raw, guessId, error, sourceHash);
  }
  const value = parsed.data;
  let externalId: string | null = null;
  try {
    externalId = stream.externalId(value);
    const base = normalizeWithWaiver(ctx, value) as Record<string, unknown>;
    return { ok: true, externalId, raw, sourceHash, base, deleted: stream.isDeleted?.(value) ?? false, final: false };
  } catch (thrown) {
    const path = thrown instanceof MappingError ? thrown.path : undefined;
    const message = `normalize failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    return failure('map', raw, externalId, { code: 'mapping', message, ...(path ? { path } : {}) }, sourceHash);
  }
}

function normalizeWithWaiver(ctx: RecordMappingContext, value: unknown): unknown {
  try {
    return ctx.stream.normalize(value, ctx.settings);
  } catch (thrown) {
    if (!(thrown instanceof MappingError) || thrown.path.length === 0 || !isCovered(ctx.mapping, thrown.path)) throw thrown;
    return ctx.stream.normalize(nullPaths(value, [thrown.path]), ctx.settings);
  }
}

function safeExternalId(stream: AnyStreamDef, raw: unknown): string | null {
  try {
    const id: unknown = stream.externalId(raw);
    return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

/** The engine's result for one record, as the mapping's starting point (failed records get a second chance when the mapping has rules). */
export function prepareRecordResult(ctx: RecordMappingContext, result: RecordResult): PreparedRecord | FailedRecord {
  if (result.ok) {
    const final = ctx.mapping.rules.length === 0;
    return { ok: true, externalId: result.externalId, raw: result.raw, sourceHash: result.sourceHash, base: result.record as Record<string, unknown>, deleted: result.deleted, final };
  }
  if (ctx.mapping.rules.length > 0) return prepareRawRecord(ctx, result.raw);
  const stage = result.error.code === 'validation' ? 'validate' : 'map';
  return failure(stage, result.raw, result.externalId ?? null, result.error);
}

/** The path of the first text holding a NUL character (Postgres text and jsonb cannot store one), or null. */
function findNulCharacter(json: string, externalId: string, record: Record<string, unknown>): (string | number)[] | null {
  if (externalId.includes('\u0000')) return ['externalId'];
  if (!json.includes('\\u0000')) return null; // the common case: no escape in the text at all
  const walk = (value: unknown, path: (string | number)[]): (string | number)[] | null => {
    if (typeof value === 'string') return value.includes('\u0000') ? path : null;
    if (!value || typeof value !== 'object') return null;
    for (const [key, child] of Object.entries(value)) {
      const found = key.includes('\u0000') ? [...path, key] : walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found) return found;
    }
    return null;
  };
  return walk(record, []);
}

/** Applies the mapping, checks the model, and computes the canonical JSON, hash and identity. */
export function finishRecord(ctx: RecordMappingContext, prepared: PreparedRecord, lookups: LookupTable): MappedRecord | FailedRecord {
  const { mapping } = ctx;
  let record = prepared.base;
  if (!prepared.final) {
    try {
      const mapped = applyMapping(mapping, prepared.base, prepared.raw, lookups);
      const checked = canonicalModels[mapping.model].schema.safeParse(mapped);
      if (!checked.success) {
        const issues = issuesOf(checked.error);
        const error: RecordError = { code: 'mapping', message: describe(`mapped ${mapping.model} is invalid`, issues), path: issues[0]?.path, issues };
        return failure('map', prepared.raw, prepared.externalId, error, prepared.sourceHash);
      }
      record = checked.data as Record<string, unknown>;
    } catch (thrown) {
      if (!(thrown instanceof FieldMappingError)) throw thrown;
      return failure('map', prepared.raw, prepared.externalId, { code: 'mapping', message: thrown.message, path: thrown.path }, prepared.sourceHash);
    }
  }
  const json = serializeCanonical(mapping.model, record);
  const nul = findNulCharacter(json, prepared.externalId, record);
  if (nul) {
    const where = nul.join('.');
    const error: RecordError = { code: 'validation', message: `${where}: contains a NUL character (U+0000), which the hub cannot store`, path: nul };
    return failure('validate', prepared.raw, prepared.externalId, error, prepared.sourceHash);
  }
  return {
    ok: true,
    externalId: prepared.externalId,
    raw: prepared.raw,
    sourceHash: prepared.sourceHash,
    record,
    json,
    hash: hashText(json),
    identity: computeIdentity(mapping.model, record, { connectionId: ctx.connectionId, externalId: prepared.externalId }),
    deleted: prepared.deleted,
  };
}

import type { z } from 'zod';
import { canonicalModels } from '../canonical/index';
import type { AnyStreamDef, RecordError, RecordResult } from '../contract';
import { MappingError } from './connector-error';
import { hashRecord } from './record-hash';

export interface ProcessedRecord {
  result: RecordResult;
  /** the record's incremental value, when its raw shape was valid */
  incrementalValue: string | undefined;
}

function toIssues(error: z.ZodError): NonNullable<RecordError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    code: issue.code,
  }));
}

function describeIssues(issues: NonNullable<RecordError['issues']>): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return issues.length > 3 ? `${shown.join('; ')}; and ${issues.length - 3} more` : shown.join('; ');
}

function issueError(code: 'validation' | 'mapping', prefix: string, error: z.ZodError): RecordError {
  const issues = toIssues(error);
  return { code, message: `${prefix}: ${describeIssues(issues)}`, path: issues[0]?.path, issues };
}

/** Best effort: the external id of a record that failed validation (only a non-empty string or number counts). */
function guessExternalId(stream: AnyStreamDef, raw: unknown): string | undefined {
  try {
    const id: unknown = stream.externalId(raw);
    if ((typeof id === 'string' && id !== '') || typeof id === 'number') return String(id);
  } catch {
    // the raw shape is invalid: there may be no id to read
  }
  return undefined;
}

/**
 * Validates one raw record against the stream's raw schema, normalizes it and checks the result
 * against the canonical model. Never throws: a bad record becomes `{ ok: false }` with its raw payload.
 */
export function processRecord(stream: AnyStreamDef, settings: unknown, raw: unknown): ProcessedRecord {
  const parsed = stream.raw.safeParse(raw);
  if (!parsed.success) {
    const error = issueError('validation', 'raw record does not match the provider schema', parsed.error);
    return { result: { ok: false, externalId: guessExternalId(stream, raw), raw, error }, incrementalValue: undefined };
  }
  const value = parsed.data;
  const incrementalValue = stream.incremental?.value(value);
  let externalId: string | undefined;
  try {
    externalId = stream.externalId(value);
    const output = stream.normalize(value, settings);
    const checked = canonicalModels[stream.model].schema.safeParse(output);
    if (!checked.success) {
      const error = issueError('mapping', `normalized ${stream.model} is invalid`, checked.error);
      return { result: { ok: false, externalId, raw, error }, incrementalValue };
    }
    const deleted = stream.isDeleted?.(value) ?? false;
    return { result: { ok: true, externalId, raw, record: checked.data, sourceHash: hashRecord(raw), deleted }, incrementalValue };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const path = thrown instanceof MappingError ? thrown.path : undefined;
    const error: RecordError = { code: 'mapping', message: `normalize failed: ${message}`, ...(path ? { path } : {}) };
    return { result: { ok: false, externalId, raw, error }, incrementalValue };
  }
}

const numeric = /^-?\d+(\.\d+)?$/;

/** Orders incremental values: numbers numerically, timestamps by instant, anything else as text. */
export function compareIncrementalValues(a: string, b: string): number {
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  const at = Date.parse(a);
  const bt = Date.parse(b);
  if (!Number.isNaN(at) && !Number.isNaN(bt) && at !== bt) return at - bt;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two optional incremental values. */
export function maxIncrementalValue(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIncrementalValues(a, b) >= 0 ? a : b;
}

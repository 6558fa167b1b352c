import { readPath, type CanonicalModelName } from '@tributary/connectors';
import { applyTransform, TransformError, type LookupTable } from './field-transforms';
import { resolveTarget, type FieldRule, type FieldTransform, type MappingSpec } from './mapping-spec';

interface CompiledRule {
  target: string;
  field: string;
  custom: boolean;
  rule: FieldRule;
}

/** A mapping spec prepared for one model: its rules, the raw paths they read, the lookups they need. */
export interface CompiledMapping {
  model: CanonicalModelName;
  version: number;
  spec: MappingSpec;
  rules: CompiledRule[];
  /** raw paths some rule reads with `from`: a provider-schema problem at such a path is the mapping's to fix */
  coveredPaths: string[];
}

/** A field rule that could not produce its value. */
export class FieldMappingError extends Error {
  override readonly name = 'FieldMappingError';
  constructor(
    message: string,
    /** the canonical field, e.g. ["email"] or ["custom", "tier"] */
    readonly path: string[],
  ) {
    super(message);
  }
}

export function compileMapping(model: CanonicalModelName, spec: MappingSpec, version: number): CompiledMapping {
  const rules = Object.entries(spec.fields).flatMap(([target, rule]) => {
    const resolved = resolveTarget(model, target);
    return resolved ? [{ target, ...resolved, rule }] : [];
  });
  const coveredPaths = rules.flatMap((r) => (r.rule.from ? [r.rule.from] : []));
  return { model, version, spec, rules, coveredPaths };
}

function startValue(rule: CompiledRule, base: Record<string, unknown>, raw: unknown): unknown {
  if (rule.rule.value !== undefined) return rule.rule.value;
  if (rule.rule.from !== undefined) return readPath(raw, rule.rule.from) ?? null;
  if (rule.custom) return (base.custom as Record<string, unknown> | undefined)?.[rule.field] ?? null;
  return base[rule.field] ?? null;
}

/**
 * Lookup keys a page needs, by model: each rule's value just before its lookup step. Transforms
 * that fail here are ignored (the record fails again, with its reason, when it is mapped).
 */
export function collectLookupKeys(mapping: CompiledMapping, inputs: Iterable<{ base: Record<string, unknown>; raw: unknown }>): Map<CanonicalModelName, Set<string>> {
  const keys = new Map<CanonicalModelName, Set<string>>();
  const withLookups = mapping.rules.filter((r) => r.rule.transforms.some((t) => t.op === 'lookup'));
  if (withLookups.length === 0) return keys;
  const none: LookupTable = new Map();
  for (const input of inputs) {
    for (const rule of withLookups) {
      let value = startValue(rule, input.base, input.raw);
      try {
        for (const t of rule.rule.transforms) {
          if (t.op === 'lookup') {
            if (typeof value === 'string' && value.trim()) {
              const set = keys.get(t.model) ?? new Set<string>();
              set.add(value.trim().toLowerCase());
              keys.set(t.model, set);
            }
            break;
          }
          value = applyTransform(value, t, none);
        }
      } catch {
        // reported when the record is mapped
      }
    }
  }
  return keys;
}

function runRule(rule: CompiledRule, base: Record<string, unknown>, raw: unknown, lookups: LookupTable): unknown {
  let value = startValue(rule, base, raw);
  try {
    for (const t of rule.rule.transforms as FieldTransform[]) value = applyTransform(value, t, lookups);
    return value;
  } catch (error) {
    if (rule.rule.onError === 'null') return null;
    const message = error instanceof TransformError ? error.message : String(error);
    throw new FieldMappingError(`${rule.target}: ${message}`, rule.custom ? ['custom', rule.field] : [rule.field]);
  }
}

/**
 * The connector's mapped record (`base`) with the spec's rules applied on top. Pure; throws
 * `FieldMappingError` naming the field when a rule fails. The result is checked against the
 * canonical model by the caller.
 */
export function applyMapping(mapping: CompiledMapping, base: Record<string, unknown>, raw: unknown, lookups: LookupTable): Record<string, unknown> {
  if (mapping.rules.length === 0) return base;
  const out: Record<string, unknown> = { ...base };
  let custom: Record<string, unknown> | undefined;
  for (const rule of mapping.rules) {
    const value = runRule(rule, base, raw, lookups);
    if (rule.custom) {
      custom ??= { ...((base.custom as Record<string, unknown> | undefined) ?? {}) };
      custom[rule.field] = value;
    } else out[rule.field] = value;
  }
  if (custom) out.custom = custom;
  return out;
}

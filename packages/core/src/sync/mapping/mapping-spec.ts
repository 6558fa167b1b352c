import { canonicalModelNames, canonicalModels, type CanonicalModelName } from '@tributary/connectors';
import { z } from 'zod';
import type { FieldIssue } from '../../shared/index';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ScalarValue = z.infer<typeof scalar>;

const simpleOps = ['trim', 'lowercase', 'uppercase', 'titlecase', 'email', 'emailDomain', 'number', 'domain'] as const;

/** One step of a field rule. A bare string is shorthand for the op without options, e.g. "trim". */
export const transformSchema = z.discriminatedUnion('op', [
  z.object({ op: z.enum(simpleOps) }),
  /** digits to E.164-ish "+<country><number>"; numbers without a country code get `defaultCountryCode` */
  z.object({ op: z.literal('phone'), defaultCountryCode: z.string().regex(/^\d{1,3}$/, 'one to three digits').default('1') }),
  /** text or epoch to ISO-8601: `datetime` (UTC, with Z) or `date` (YYYY-MM-DD) */
  z.object({
    op: z.literal('date'),
    format: z.enum(['auto', 'iso', 'epoch-ms', 'epoch-s', 'dd/mm/yyyy', 'mm/dd/yyyy']).default('auto'),
    output: z.enum(['datetime', 'date']).default('datetime'),
  }),
  /** replace by table (keys compared after trimming, case-insensitively); `otherwise` says what unknown values become */
  z.object({ op: z.literal('map'), values: z.record(z.string(), scalar), otherwise: z.enum(['keep', 'null', 'fail']).default('keep') }),
  /** a value for null / blank */
  z.object({ op: z.literal('default'), value: scalar }),
  /** enrich from another canonical model in the hub: the current value is that model's identity (a company's domain) */
  z.object({ op: z.literal('lookup'), model: z.enum(canonicalModelNames as [CanonicalModelName, ...CanonicalModelName[]]), field: z.string().min(1), otherwise: z.enum(['null', 'keep', 'fail']).default('null') }),
]);
export type FieldTransform = z.infer<typeof transformSchema>;

const transformInput = z.union([z.enum(simpleOps).transform((op) => ({ op })), transformSchema]);

/**
 * How one canonical field is produced. Without `from` / `value` the rule starts from the
 * connector's own mapped value of the field (so transforms refine the default mapping).
 */
export const fieldRuleSchema = z
  .object({
    /** dotted path into the provider's raw record, e.g. "properties.email" */
    from: z.string().min(1).max(200).optional(),
    /** a constant */
    value: scalar.optional(),
    transforms: z.array(transformInput).max(20).default([]),
    /** a transform that fails: the record is dead-lettered ("fail"), or the field becomes null */
    onError: z.enum(['fail', 'null']).default('fail'),
  })
  .refine((rule) => !(rule.from !== undefined && rule.value !== undefined), { message: 'give either "from" or "value", not both' });
export type FieldRule = z.infer<typeof fieldRuleSchema>;

/**
 * A sync's field mapping. The default (`{ fields: {} }`) is the connector's own `normalize`
 * output; each entry overrides or adds one canonical field: a field of the model, or
 * `custom.<name>` for a custom field.
 */
export const mappingSpecSchema = z.object({
  fields: z.record(z.string().min(1).max(120), fieldRuleSchema).default({}),
});
export type MappingSpec = z.infer<typeof mappingSpecSchema>;
export type MappingSpecInput = z.input<typeof mappingSpecSchema>;

export const defaultMappingSpec: MappingSpec = { fields: {} };

/** The top-level fields of a canonical model. */
export function listModelFields(model: CanonicalModelName): string[] {
  return Object.keys(canonicalModels[model].schema.shape);
}

/** Where a mapping writes `target`: a model field, or a key of `custom`. Null when the model has no such field. */
export function resolveTarget(model: CanonicalModelName, target: string): { field: string; custom: boolean } | null {
  if (target.startsWith('custom.')) {
    const name = target.slice('custom.'.length);
    return name ? { field: name, custom: true } : null;
  }
  return target !== 'custom' && listModelFields(model).includes(target) ? { field: target, custom: false } : null;
}

/** Parses a mapping for a model; every problem is a field issue under `prefix` (e.g. "mapping.fields.email.transforms.0.op"). */
export function parseMappingSpec(input: unknown, model: CanonicalModelName, prefix = 'mapping'): { ok: true; spec: MappingSpec } | { ok: false; issues: FieldIssue[] } {
  const parsed = mappingSpecSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ field: [prefix, ...i.path.map(String)].join('.'), message: i.message })) };
  }
  const issues: FieldIssue[] = [];
  for (const [target, rule] of Object.entries(parsed.data.fields)) {
    if (!resolveTarget(model, target)) issues.push({ field: `${prefix}.fields.${target}`, message: `"${target}" is not a field of ${model} (use one of ${listModelFields(model).join(', ')}, or custom.<name>)` });
    rule.transforms.forEach((t, index) => {
      if (t.op === 'lookup' && !listModelFields(t.model).includes(t.field)) {
        issues.push({ field: `${prefix}.fields.${target}.transforms.${index}.field`, message: `"${t.field}" is not a field of ${t.model}` });
      }
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, spec: parsed.data };
}

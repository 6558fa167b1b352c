import { z } from 'zod';
import type { CanonicalModelName, CanonicalRecordOf } from '../../canonical/index';
import { coerceField } from './coerce-field';
import { describeModelFields } from './model-fields';
import { readPath } from '../../engine/dotted-path';

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
type Scalar = z.infer<typeof scalarSchema>;

/** Where a canonical field comes from: a dotted source path, or a path with a default and (for arrays of objects) an item map. */
export const fieldSourceSchema = z.union([
  z.string().min(1),
  z.strictObject({
    path: z.string().min(1).optional(),
    default: scalarSchema.optional(),
    /** for arrays of objects: item field -> dotted path inside each source element */
    items: z.record(z.string(), z.string().min(1)).optional(),
  }),
]);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

/** canonical field (or `custom.<name>`) -> where it comes from in the provider record */
export const fieldMapSchema = z.record(z.string().min(1), fieldSourceSchema);
export type FieldMap = z.infer<typeof fieldMapSchema>;

/** what happens to provider fields the map does not use: kept in `custom` (flattened), or dropped */
export const customFieldsSchema = z.enum(['leftovers', 'none']).default('leftovers');

export interface RecordMapping<M extends CanonicalModelName> {
  model: M;
  fieldMap: FieldMap;
  customFields: 'leftovers' | 'none';
  /** top-level source keys never copied into `custom` (e.g. the id field) */
  ignore?: string[];
}

/**
 * The record half of a settings-defined stream (REST, GraphQL, webhook): where the record's id
 * and deletion flag are, and how its fields map. Spread into a stream's `z.strictObject`, with
 * `reportUnknownFields` in its `superRefine`.
 */
export const streamRecordFields = {
  /** dotted path of the provider's record id */
  idField: z.string().min(1).default('id'),
  /** dotted path of a boolean "deleted / archived" flag */
  deletedField: z.string().min(1).optional(),
  fieldMap: fieldMapSchema,
  customFields: customFieldsSchema,
};

/** Lists field map keys that are not fields of the model; empty when the map is valid. */
export function findUnknownFields(model: CanonicalModelName, fieldMap: FieldMap): string[] {
  const names = new Set(describeModelFields(model).map((field) => field.name));
  return Object.keys(fieldMap).filter((key) => !(names.has(key) && key !== 'custom') && !/^custom\.[^.]+$/.test(key));
}

/** Adds a zod issue at `fieldMap.<key>` for each key that is not a field of the stream's model (for `superRefine`). */
export function reportUnknownFields(stream: { model: CanonicalModelName; fieldMap: FieldMap }, ctx: z.RefinementCtx): void {
  for (const key of findUnknownFields(stream.model, stream.fieldMap)) {
    ctx.addIssue({ code: 'custom', path: ['fieldMap', key], message: `"${key}" is not a field of ${stream.model}` });
  }
}

/** Pure: maps one provider record to a canonical record (coerced, not yet validated). */
export function mapRecord<M extends CanonicalModelName>(raw: unknown, mapping: RecordMapping<M>): CanonicalRecordOf<M> {
  const out: Record<string, unknown> = {};
  for (const field of describeModelFields(mapping.model)) {
    if (field.name === 'custom') continue;
    const source = mapping.fieldMap[field.name];
    const value = source === undefined ? undefined : readSource(raw, source);
    out[field.name] = value === undefined && field.kind === 'array' ? [] : coerceField(value, field);
  }
  out.custom = collectCustom(raw, mapping);
  return out as CanonicalRecordOf<M>;
}

function readSource(raw: unknown, source: FieldSource): unknown {
  if (typeof source === 'string') return readPath(raw, source);
  const found = source.path === undefined ? undefined : readPath(raw, source.path);
  const value = found === undefined || found === null || found === '' ? source.default : found;
  if (source.items && Array.isArray(value)) {
    const items = source.items;
    return value.map((element) => Object.fromEntries(Object.entries(items).map(([name, path]) => [name, readPath(element, path)])));
  }
  return value;
}

function collectCustom(raw: unknown, mapping: RecordMapping<CanonicalModelName>): Record<string, Scalar> {
  const custom: Record<string, Scalar> = {};
  if (mapping.customFields === 'leftovers' && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const consumed = [...(mapping.ignore ?? []), ...Object.values(mapping.fieldMap).flatMap(pathsOf)];
    // a mapped path, anything under it, and an empty parent of it (`sector: null` for `sector.name`) are not leftovers
    const isConsumed = (key: string, value: unknown) =>
      consumed.some((path) => key === path || key.startsWith(`${path}.`) || (isEmpty(value) && path.startsWith(`${key}.`)));
    for (const [key, value] of Object.entries(raw)) flattenInto(custom, key, value, 0, isConsumed);
  }
  for (const [key, source] of Object.entries(mapping.fieldMap)) {
    if (key.startsWith('custom.')) custom[key.slice('custom.'.length)] = toScalar(readSource(raw, source));
  }
  return custom;
}

function pathsOf(source: FieldSource): string[] {
  if (typeof source === 'string') return [source];
  return source.path === undefined ? [] : [source.path];
}

/** Leftover provider fields as dotted keys (`address.city`); arrays and deep objects become JSON text. */
function flattenInto(
  target: Record<string, Scalar>,
  key: string,
  value: unknown,
  depth: number,
  isConsumed: (key: string, value: unknown) => boolean,
): void {
  if (value === undefined || isConsumed(key, value)) return;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && depth < 3) {
    for (const [child, childValue] of Object.entries(value)) flattenInto(target, `${key}.${child}`, childValue, depth + 1, isConsumed);
    return;
  }
  target[key] = toScalar(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function toScalar(value: unknown): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return JSON.stringify(value);
}

import { z } from 'zod';
import { type UpdateRange } from '../core/record-pages';

const modifiedProperties = new Set(['lastmodifieddate', 'hs_lastmodifieddate']);
const sortableProperties = new Set([...modifiedProperties, 'hs_object_id']);

const filterSchema = z.object({
  propertyName: z.string().min(1),
  operator: z.enum(['GT', 'GTE', 'LT', 'LTE', 'EQ', 'BETWEEN']),
  value: z.union([z.string(), z.number()]).optional(),
  highValue: z.union([z.string(), z.number()]).optional(),
});

export const searchBodySchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema).max(6) })).max(5).default([]),
  sorts: z
    .array(z.union([z.string(), z.object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING') })]))
    .default([]),
  properties: z.array(z.string()).default([]),
  limit: z.number().int().min(1).max(200).default(10),
  after: z.union([z.string().regex(/^\d+$/), z.number().int().min(0)]).optional(),
  query: z.string().optional(),
});

export interface SearchPlan {
  range: UpdateRange;
  properties: string[];
  limit: number;
  offset: number;
}

/** Parses a filter value given as epoch milliseconds (number or digit string) or an ISO date. */
function parseStamp(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const stamp = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Date.parse(value);
  return Number.isFinite(stamp) ? stamp : undefined;
}

/**
 * Turns a search body into a stamp range. Supported: one filter group of
 * lastmodifieddate / hs_lastmodifieddate filters, results sorted ascending by it.
 */
export function planSearch(input: unknown): { ok: true; plan: SearchPlan } | { ok: false; message: string; propertyName?: string } {
  const parsed = searchBodySchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Invalid search request: ${issue?.path.join('.')} ${issue?.message}` };
  }
  const body = parsed.data;
  if (body.query) return { ok: false, message: 'The sandbox search does not support full-text query.', propertyName: 'query' };
  if (body.filterGroups.length > 1) return { ok: false, message: 'The sandbox search supports a single filter group.' };
  for (const sort of body.sorts) {
    const name = typeof sort === 'string' ? sort : sort.propertyName;
    const direction = typeof sort === 'string' ? 'ASCENDING' : sort.direction;
    if (!sortableProperties.has(name) || direction !== 'ASCENDING') {
      return { ok: false, message: `The sandbox search sorts by last modified date ascending only (got ${name} ${direction}).`, propertyName: name };
    }
  }
  const range: UpdateRange = { fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY };
  for (const filter of body.filterGroups[0]?.filters ?? []) {
    if (!modifiedProperties.has(filter.propertyName)) {
      return { ok: false, message: `The sandbox search filters on lastmodifieddate only (got ${filter.propertyName}).`, propertyName: filter.propertyName };
    }
    const value = parseStamp(filter.value);
    const high = parseStamp(filter.highValue);
    if (value === undefined || (filter.operator === 'BETWEEN' && high === undefined)) {
      return { ok: false, message: `Invalid date value for ${filter.propertyName}: ${String(filter.value)}`, propertyName: filter.propertyName };
    }
    if (filter.operator === 'GT') range.fromMs = Math.max(range.fromMs, value + 1);
    if (filter.operator === 'GTE' || filter.operator === 'EQ' || filter.operator === 'BETWEEN') range.fromMs = Math.max(range.fromMs, value);
    if (filter.operator === 'LT') range.toMs = Math.min(range.toMs, value - 1);
    if (filter.operator === 'LTE' || filter.operator === 'EQ') range.toMs = Math.min(range.toMs, value);
    if (filter.operator === 'BETWEEN' && high !== undefined) range.toMs = Math.min(range.toMs, high);
  }
  return { ok: true, plan: { range, properties: body.properties, limit: body.limit, offset: Number(body.after ?? 0) } };
}

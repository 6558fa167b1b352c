import { canonicalModelNames, type CanonicalModelName } from '@tributary/connectors';
import { z } from 'zod';

const fieldRanges: [number, number][] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 7], // day of week
];

function isCronField(field: string, [min, max]: [number, number]): boolean {
  return field.split(',').every((part) => {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return false;
    const [, , from, to, step] = match;
    const inRange = (n: string | undefined) => n === undefined || (Number(n) >= min && Number(n) <= max);
    return inRange(from) && inRange(to) && (step === undefined || Number(step) > 0) && (to === undefined || Number(to) >= Number(from));
  });
}

/** A five-field cron expression (minute hour day-of-month month day-of-week), evaluated in UTC. */
export const cronSchema = z
  .string()
  .trim()
  .refine((text) => {
    const fields = text.split(/\s+/);
    return fields.length === 5 && fields.every((f, i) => isCronField(f, fieldRanges[i] as [number, number]));
  }, 'must be a five-field cron expression, e.g. "*/15 * * * *" (UTC)');

const modelSchema = z.enum(canonicalModelNames as [CanonicalModelName, ...CanonicalModelName[]]);

export const createSyncInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  sourceConnectionId: z.uuid(),
  sourceStream: z.string().trim().min(1).max(120),
  model: modelSchema,
  destinationConnectionIds: z.array(z.uuid()).max(20).default([]),
  /** the field mapping (see mapping-spec.ts); omitted: the stream's default mapping */
  mapping: z.unknown().optional(),
  mode: z.enum(['incremental', 'full']).default('incremental'),
  /** cron (UTC); null or omitted: manual runs only */
  schedule: cronSchema.nullable().default(null),
  /** alert when no run succeeded within this many minutes */
  slaMinutes: z.number().int().min(1).max(43_200).nullable().default(null),
  driftPolicy: z.enum(['pause', 'alert', 'ignore']).default('alert'),
});
export type CreateSyncInput = z.input<typeof createSyncInputSchema>;

/** Only the fields given change; `schedule: null` / `slaMinutes: null` clear them; a new `mapping` makes a new mapping version. */
export const updateSyncInputSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  destinationConnectionIds: z.array(z.uuid()).max(20).optional(),
  mapping: z.unknown().optional(),
  mode: z.enum(['incremental', 'full']).optional(),
  schedule: cronSchema.nullable().optional(),
  slaMinutes: z.number().int().min(1).max(43_200).nullable().optional(),
  driftPolicy: z.enum(['pause', 'alert', 'ignore']).optional(),
});
export type UpdateSyncInput = z.input<typeof updateSyncInputSchema>;

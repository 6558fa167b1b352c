import type { StreamCursor } from '@tributary/connectors';
import type pg from 'pg';
import { z } from 'zod';

const streamCursorSchema = z.object({
  position: z.string().optional(),
  since: z.string().optional(),
  pendingSince: z.string().optional(),
  mode: z.enum(['full', 'incremental']).optional(),
}).loose();

/** Running sums of one run, saved with each page so a resumed run keeps counting where it stopped. */
const tallySchema = z.object({
  /** checksum of the source records that reached the hub (created, updated, unchanged, deleted) */
  landed: z.string().default('0'),
  /** checksum of the records that failed before the hub (dead letters) */
  failed: z.string().default('0'),
  /** record versions the hub created in this run: what every destination should receive */
  changedCount: z.number().int().default(0),
  changed: z.string().default('0'),
});
export type RunTally = z.infer<typeof tallySchema>;

/**
 * The stream checkpoint of a sync: where the read stands (`cursor`, the engine's), whether the
 * run that wrote it has read everything (`complete`), and that run's tally. `runId` (a column)
 * says which run it belongs to.
 */
const sourceCheckpointSchema = z.object({
  v: z.literal(1),
  cursor: streamCursorSchema.nullable(),
  complete: z.boolean(),
  tally: tallySchema,
});
export type SourceCheckpoint = z.infer<typeof sourceCheckpointSchema>;

/** Per destination: every lineage edge of the sync up to `watermark` has been delivered (or dead-lettered). */
const deliveryCheckpointSchema = z.object({ v: z.literal(1), watermark: z.string().regex(/^\d+$/) });

export function emptyTally(): RunTally {
  return { landed: '0', failed: '0', changedCount: 0, changed: '0' };
}

export function deliveryStreamKey(destinationConnectionId: string): string {
  return `deliver:${destinationConnectionId}`;
}

/** The saved checkpoint of (sync, stream) and the run that saved it; an unreadable one counts as none. */
export async function readSourceCheckpoint(client: pg.ClientBase, syncConfigId: string, stream: string): Promise<{ runId: string | null; state: SourceCheckpoint } | null> {
  const result = await client.query<{ cursor: unknown; runId: string | null }>(`SELECT cursor, "runId" FROM checkpoint WHERE "syncConfigId" = $1 AND stream = $2`, [syncConfigId, stream]);
  const row = result.rows[0];
  if (!row) return null;
  const parsed = sourceCheckpointSchema.safeParse(row.cursor);
  if (parsed.success) return { runId: row.runId, state: parsed.data };
  // a bare engine cursor (written by other tools): keep its high-water mark
  const bare = streamCursorSchema.safeParse(row.cursor);
  return { runId: null, state: { v: 1, cursor: bare.success && bare.data.since ? { since: bare.data.since } : null, complete: true, tally: emptyTally() } };
}

const upsertSql = `INSERT INTO checkpoint ("tenantId", "syncConfigId", stream, cursor, "runId", "updatedAt") VALUES ($1, $2, $3, $4::jsonb, $5, now())
ON CONFLICT ("syncConfigId", stream) DO UPDATE SET cursor = EXCLUDED.cursor, "runId" = EXCLUDED."runId", "updatedAt" = now()`;

export async function writeSourceCheckpoint(
  client: pg.ClientBase,
  scope: { tenantId: string; syncConfigId: string; stream: string; runId: string },
  state: { cursor: StreamCursor | null; complete: boolean; tally: RunTally },
): Promise<void> {
  const value = { v: 1, cursor: state.cursor, complete: state.complete, tally: state.tally };
  await client.query(upsertSql, [scope.tenantId, scope.syncConfigId, scope.stream, JSON.stringify(value), scope.runId]);
}

/** Each destination's delivery watermark (lineage id as text), null where none was saved yet. */
export async function readDeliveryWatermarks(client: pg.ClientBase, syncConfigId: string, destinationIds: readonly string[]): Promise<Map<string, string | null>> {
  const keys = destinationIds.map(deliveryStreamKey);
  const result = await client.query<{ stream: string; cursor: unknown }>(`SELECT stream, cursor FROM checkpoint WHERE "syncConfigId" = $1 AND stream = ANY($2::text[])`, [syncConfigId, keys]);
  const found = new Map(result.rows.map((row) => [row.stream, deliveryCheckpointSchema.safeParse(row.cursor)]));
  return new Map(destinationIds.map((id) => {
    const parsed = found.get(deliveryStreamKey(id));
    return [id, parsed?.success ? parsed.data.watermark : null];
  }));
}

/** Moves a destination's watermark forward (never back). */
export async function writeDeliveryWatermark(
  client: pg.ClientBase,
  scope: { tenantId: string; syncConfigId: string; destinationId: string; runId: string | null },
  watermark: string,
): Promise<void> {
  await client.query(
    `INSERT INTO checkpoint ("tenantId", "syncConfigId", stream, cursor, "runId", "updatedAt") VALUES ($1, $2, $3, $4::jsonb, $5, now())
     ON CONFLICT ("syncConfigId", stream) DO UPDATE SET cursor = EXCLUDED.cursor, "runId" = EXCLUDED."runId", "updatedAt" = now()
     WHERE coalesce(checkpoint.cursor->>'watermark', '-1')::numeric < (EXCLUDED.cursor->>'watermark')::numeric`,
    [scope.tenantId, scope.syncConfigId, deliveryStreamKey(scope.destinationId), JSON.stringify({ v: 1, watermark }), scope.runId],
  );
}

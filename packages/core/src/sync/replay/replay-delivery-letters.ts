import { withTenantConnection } from '@tributary/db';
import type { OpenedConnection } from '../../connections/index';
import { deliverToDestination, type DeliveryItem } from '../run/deliver-changes';
import { openDestination, type RunContext } from '../run/run-context';
import type { SyncDeps } from '../sync-deps';

interface DeliveryLetter {
  id: string;
  run_id: string | null;
  destination_id: string;
  canonical_id: string;
  version: number;
  data: Record<string, unknown>;
  hash: string;
  deleted: boolean;
}

/**
 * Replays deliver-stage dead letters: the record's CURRENT version goes to the letter's
 * destination again (skipped when its idempotency key already has a delivery edge). A letter
 * whose version is now acknowledged becomes `replayed`; a refused one stays open with the new
 * error (the delivery refreshes it) and attempts + 1.
 */
export async function replayDeliveryLetters(deps: SyncDeps, ctx: RunContext, letterIds: readonly string[]): Promise<{ replayed: number; stillOpen: number }> {
  const letters = await withTenantConnection(deps.pool, ctx.tenantId, async (client) => {
    const result = await client.query<DeliveryLetter>(
      `SELECT d.id, d."runId" AS run_id, d."destinationConnectionId" AS destination_id, c.id AS canonical_id, c.version, c.data, c.hash, c.deleted
       FROM dead_letter d JOIN canonical_record c ON c.id = d."canonicalRecordId"
       WHERE d.id = ANY($1::uuid[]) AND d.status = 'open' AND d.stage = 'deliver' AND d."destinationConnectionId" IS NOT NULL`,
      [letterIds],
    );
    return result.rows;
  });
  const byDestination = new Map<string, DeliveryLetter[]>();
  for (const letter of letters) byDestination.set(letter.destination_id, [...(byDestination.get(letter.destination_id) ?? []), letter]);
  for (const [destinationId, group] of byDestination) {
    const destination: OpenedConnection = ctx.destinations.find((d) => d.connectionId === destinationId) ?? (await openDestination(deps, ctx.tenantId, destinationId, ctx.model));
    const items: DeliveryItem[] = group.map((l) => ({ canonicalId: l.canonical_id, version: l.version, record: l.data, hash: l.hash, deleted: l.deleted, fromRunId: l.run_id ?? 'earlier' }));
    await deliverToDestination(deps, { tenantId: ctx.tenantId, runId: ctx.runId, syncConfigId: ctx.syncConfigId, model: ctx.model }, destination, items, { checkDelivered: true });
  }
  if (letters.length === 0) return { replayed: 0, stillOpen: 0 };
  const marked = await withTenantConnection(deps.pool, ctx.tenantId, (client) =>
    client.query<{ replayed: boolean }>(
      `UPDATE dead_letter d SET
         status = CASE WHEN EXISTS (
           SELECT 1 FROM record_delivery rd JOIN canonical_record c ON c.id = rd."canonicalRecordId" AND c.version = rd."canonicalVersion"
           WHERE rd."canonicalRecordId" = d."canonicalRecordId" AND rd."connectionId" = d."destinationConnectionId") THEN 'replayed'::"DeadLetterStatus" ELSE d.status END,
         attempts = d.attempts + 1, "lastReplayedAt" = now(), "replayRunId" = $2::uuid, "updatedAt" = now()
       WHERE d.id = ANY($1::uuid[])
       RETURNING d.status = 'replayed' AS replayed`,
      [letters.map((l) => l.id), ctx.runId],
    ),
  );
  const replayed = marked.rows.filter((r) => r.replayed).length;
  return { replayed, stillOpen: marked.rows.length - replayed };
}

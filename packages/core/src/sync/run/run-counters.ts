import type pg from 'pg';

export interface PageCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  deleted: number;
  sourceChecksum: bigint;
}

export interface DeliveryCounts {
  pushed: number;
  skipped: number;
  failed: number;
  /** checksum of what the destination acknowledged (pushed and already-delivered) */
  checksum: bigint;
  /** of those, records an earlier run changed (delivered late by a recovery sweep) */
  carried?: number;
  carriedChecksum?: bigint;
}

const two64 = '18446744073709551616';

/** Adds a page's counts to its run, in the page's transaction (a repeated page never commits twice). */
export async function addPageCounts(client: pg.ClientBase, runId: string, counts: PageCounts): Promise<void> {
  await client.query(
    `UPDATE sync_run SET pages = pages + 1, "readCount" = "readCount" + $2, "createdCount" = "createdCount" + $3,
       "updatedCount" = "updatedCount" + $4, "unchangedCount" = "unchangedCount" + $5, "failedCount" = "failedCount" + $6,
       "deletedCount" = "deletedCount" + $7, "sourceChecksum" = (("sourceChecksum"::numeric + $8::numeric) % ${two64})::text
     WHERE id = $1`,
    [runId, counts.read, counts.created, counts.updated, counts.unchanged, counts.failed, counts.deleted, counts.sourceChecksum.toString()],
  );
}

/** Adds a delivery's counts to `pushed[destination]` of its run: { pushed, skipped, failed, checksum }. */
export async function addDeliveryCounts(client: pg.ClientBase, runId: string, destinationId: string, counts: DeliveryCounts): Promise<void> {
  await client.query(
    `UPDATE sync_run SET pushed = pushed || jsonb_build_object($2::text, jsonb_build_object(
       'pushed', coalesce((pushed->$2->>'pushed')::int, 0) + $3::int,
       'skipped', coalesce((pushed->$2->>'skipped')::int, 0) + $4::int,
       'failed', coalesce((pushed->$2->>'failed')::int, 0) + $5::int,
       'checksum', ((coalesce(pushed->$2->>'checksum', '0')::numeric + $6::numeric) % ${two64})::text,
       'carried', coalesce((pushed->$2->>'carried')::int, 0) + $7::int,
       'carriedChecksum', ((coalesce(pushed->$2->>'carriedChecksum', '0')::numeric + $8::numeric) % ${two64})::text))
     WHERE id = $1`,
    [runId, destinationId, counts.pushed, counts.skipped, counts.failed, counts.checksum.toString(), counts.carried ?? 0, (counts.carriedChecksum ?? 0n).toString()],
  );
}

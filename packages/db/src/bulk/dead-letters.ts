import type pg from 'pg';
import { toJsonbText } from './jsonb-text';

export type DeadLetterStageName = 'extract' | 'validate' | 'map' | 'load' | 'deliver';

/** One per-record failure. `payload` is the record as it failed (raw for validate/map, canonical for deliver). */
export interface DeadLetterRow {
  runId: string | null;
  syncConfigId: string | null;
  connectionId: string | null;
  stage: DeadLetterStageName;
  externalId: string | null;
  canonicalRecordId?: string | null;
  destinationConnectionId?: string | null;
  payload: unknown;
  errorCode: string;
  errorMessage: string;
  errorPath: string | null;
  errorDetails?: unknown;
}

const inputCte = `input AS (
  SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(
    run_id uuid, sync_config_id uuid, connection_id uuid, stage "DeadLetterStage", external_id text,
    canonical_record_id uuid, destination_connection_id uuid, payload jsonb,
    error_code text, error_message text, error_path text, error_details jsonb
  )
)`;

/** The open dead letter a new failure of the same record replaces: same sync, stage and external id; for deliveries, same record and destination. */
const sameRecord = {
  source: `d."syncConfigId" = i.sync_config_id AND d.status = 'open' AND d.stage = i.stage AND d."externalId" = i.external_id AND d."tenantId" = $1::uuid`,
  deliver: `d."canonicalRecordId" = i.canonical_record_id AND d."destinationConnectionId" = i.destination_connection_id AND d.status = 'open' AND d.stage = 'deliver' AND d."tenantId" = $1::uuid`,
};

function refreshSql(kind: keyof typeof sameRecord): string {
  return `WITH ${inputCte}
UPDATE dead_letter d SET "runId" = i.run_id, payload = i.payload, "errorCode" = i.error_code, "errorMessage" = i.error_message,
  "errorPath" = i.error_path, "errorDetails" = i.error_details, "updatedAt" = now()
FROM input i WHERE ${sameRecord[kind]}`;
}

function insertSql(kind: keyof typeof sameRecord): string {
  return `WITH ${inputCte}
INSERT INTO dead_letter ("tenantId", "runId", "syncConfigId", "connectionId", stage, "externalId", "canonicalRecordId",
  "destinationConnectionId", payload, "errorCode", "errorMessage", "errorPath", "errorDetails")
SELECT $1::uuid, i.run_id, i.sync_config_id, i.connection_id, i.stage, i.external_id, i.canonical_record_id,
  i.destination_connection_id, i.payload, i.error_code, i.error_message, i.error_path, i.error_details
FROM input i WHERE NOT EXISTS (SELECT 1 FROM dead_letter d WHERE ${sameRecord[kind]})`;
}

/**
 * Records per-record failures in the caller's transaction. A record that already has an open
 * dead letter (same sync, stage and external id, or same record and destination) does not get a
 * second one: the open one takes the new payload, error and run. Returns how many were new.
 */
export async function insertDeadLetters(client: pg.ClientBase, tenantId: string, rows: readonly DeadLetterRow[]): Promise<number> {
  const deliveries = rows.filter((r) => r.stage === 'deliver');
  const others = rows.filter((r) => r.stage !== 'deliver');
  return (await writeDeadLetters(client, tenantId, 'deliver', deliveries)) + (await writeDeadLetters(client, tenantId, 'source', others));
}

async function writeDeadLetters(client: pg.ClientBase, tenantId: string, kind: keyof typeof sameRecord, rows: readonly DeadLetterRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  // a payload is kept whole, even with NUL characters jsonb cannot hold (spelled out instead)
  const input = toJsonbText(
    rows.map((r) => ({
      run_id: r.runId,
      sync_config_id: r.syncConfigId,
      connection_id: r.connectionId,
      stage: r.stage,
      external_id: r.externalId,
      canonical_record_id: r.canonicalRecordId ?? null,
      destination_connection_id: r.destinationConnectionId ?? null,
      payload: r.payload ?? {},
      error_code: r.errorCode,
      error_message: r.errorMessage,
      error_path: r.errorPath,
      error_details: r.errorDetails ?? null,
    })),
  );
  await client.query(refreshSql(kind), [tenantId, input]);
  const inserted = await client.query(insertSql(kind), [tenantId, input]);
  return inserted.rowCount ?? 0;
}

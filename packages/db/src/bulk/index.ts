/**
 * The hot data path with `pg` (DESIGN.md, "Facts about this environment"): COPY into a temp
 * staging table, one merge with a content-hash guard, lineage from the same staging table,
 * fingerprint look-ups that skip unchanged records before they are sent. Every function runs
 * on the caller's client, inside its tenant-scoped transaction (`withTenantConnection`).
 */
export { copyRows, escapeCopyJson, escapeCopyText, renderCopyLine, type CopyValue } from './copy-text';
export {
  upsertCanonicalRecords,
  type CanonicalChange,
  type CanonicalChangeKind,
  type CanonicalPageTarget,
  type CanonicalUpsertResult,
  type StagedRecord,
} from './canonical-upsert';
export { selectUnchangedRecords, type RecordFingerprint } from './unchanged-records';
export {
  insertRecordDeliveries,
  selectDeliveredVersions,
  selectPendingDeliveries,
  type DeliveryRow,
  type DeliveryTarget,
  type PendingDelivery,
} from './record-deliveries';
export { insertDeadLetters, type DeadLetterRow, type DeadLetterStageName } from './dead-letters';
export { toJsonbText } from './jsonb-text';
export { selectCanonicalByIdentity } from './canonical-lookup';
export { indexLookupSettings, preferIndexLookups } from './index-lookups';

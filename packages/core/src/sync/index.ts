/**
 * @tributary/core/sync: the sync engine. Use cases (configure, run, replay, trace, SLA) and the
 * queue catalogue the worker serves. Everything tenant-scoped runs as the application role.
 */
export type { SyncDeps, SyncJobQueue, SyncLogEvent } from './sync-deps';
export { syncQueues, ensureSyncQueues, enqueueSyncJob, tenantJobOptions, type SyncQueueName, type SyncJobPayload } from './queues';

// configuration
export { createSyncConfig, failValidation } from './config/create-sync-config';
export { updateSyncConfig, pauseSync, resumeSync } from './config/update-sync-config';
export { previewMapping, type MappingPreviewSample, type PreviewMappingInput } from './config/preview-mapping';
export { cronSchema, createSyncInputSchema, updateSyncInputSchema, type CreateSyncInput, type UpdateSyncInput } from './config/sync-config-input';
export { applySyncSchedules } from './config/sync-schedules';

// mapping
export {
  mappingSpecSchema,
  fieldRuleSchema,
  transformSchema,
  parseMappingSpec,
  defaultMappingSpec,
  type MappingSpec,
  type MappingSpecInput,
  type FieldRule,
  type FieldTransform,
} from './mapping/mapping-spec';
export { computeIdentity, type RecordOrigin } from './mapping/record-identity';
export { compileMapping, applyMapping, type CompiledMapping } from './mapping/apply-mapping';
export { serializeCanonical, hashText, toChecksumTerm, addChecksums, subtractChecksums } from './mapping/canonical-json';

// runs
export { requestSyncRun, type SyncRunRequest, type RequestedRun } from './run/request-sync-run';
export { runSyncStep, type SyncStepOptions, type SyncStepResult, type SyncStepOutcome } from './run/run-sync-step';
export { abandonRun } from './run/abandon-run';
export { computeIdempotencyKey } from './run/deliver-changes';
export { reconcileRun, destinationTallySchema, type Reconciliation, type ReconciliationCheck, type DestinationTally } from './run/reconcile-run';
export { defaultRunRetry, type RunRetryPolicy } from './run/step-failure';

// replay, lineage, SLA
export { replayDeadLetters, type ReplayResult } from './replay/replay-dead-letters';
export { replayDeadLettersAsStaff, type StaffReplayFilter } from './replay/replay-as-staff';
export { replaySelectorSchema, type ReplaySelector } from './replay/replay-selector';
export { traceRecord, type RecordTrace, type TraceRecordInput, type LineageSource, type LineageDelivery } from './lineage/trace-record';
export { checkSyncSla } from './sla/check-sync-sla';

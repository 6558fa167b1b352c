/**
 * GraphQL enum values -> the database's (and core's) lowercase values. Resolvers receive
 * and return the internal values; codegen types them as the `...Value` unions below.
 */
export const enumResolvers = {
  Role: { OWNER: 'owner', ADMIN: 'admin', VIEWER: 'viewer' },
  ApiKeyScope: { READ: 'read', WRITE: 'write', ADMIN: 'admin' },
  ConnectionStatus: { ACTIVE: 'active', NEEDS_REAUTH: 'needs_reauth', DISABLED: 'disabled' },
  SyncMode: { INCREMENTAL: 'incremental', FULL: 'full' },
  SyncStatus: { ACTIVE: 'active', PAUSED: 'paused' },
  DriftPolicy: { PAUSE: 'pause', ALERT: 'alert', IGNORE: 'ignore' },
  RunStatus: { QUEUED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELLED: 'cancelled' },
  RunTrigger: { SCHEDULE: 'schedule', MANUAL: 'manual', WEBHOOK: 'webhook', REPLAY: 'replay' },
  DeadLetterStage: { EXTRACT: 'extract', VALIDATE: 'validate', MAP: 'map', LOAD: 'load', DELIVER: 'deliver' },
  DeadLetterStatus: { OPEN: 'open', REPLAYED: 'replayed', DISCARDED: 'discarded' },
  DriftStatus: { OPEN: 'open', ACKNOWLEDGED: 'acknowledged', RESOLVED: 'resolved' },
  ActorKind: { USER: 'user', API_KEY: 'api_key', STAFF: 'staff', SYSTEM: 'system' },
  AuthType: { OAUTH2: 'oauth2', API_KEY: 'apiKey', BASIC: 'basic', NONE: 'none' },
} as const;

type ValueOf<E extends keyof typeof enumResolvers> = (typeof enumResolvers)[E][keyof (typeof enumResolvers)[E]];
export type RoleValue = ValueOf<'Role'>;
export type ApiKeyScopeValue = ValueOf<'ApiKeyScope'>;
export type ConnectionStatusValue = ValueOf<'ConnectionStatus'>;
export type SyncModeValue = ValueOf<'SyncMode'>;
export type SyncStatusValue = ValueOf<'SyncStatus'>;
export type DriftPolicyValue = ValueOf<'DriftPolicy'>;
export type RunStatusValue = ValueOf<'RunStatus'>;
export type RunTriggerValue = ValueOf<'RunTrigger'>;
export type DeadLetterStageValue = ValueOf<'DeadLetterStage'>;
export type DeadLetterStatusValue = ValueOf<'DeadLetterStatus'>;
export type DriftStatusValue = ValueOf<'DriftStatus'>;
export type ActorKindValue = ValueOf<'ActorKind'>;
export type AuthTypeValue = ValueOf<'AuthType'>;

import type { RoleValue as Role } from '../enum-values';
import type { ApiKeyScopeValue as ApiKeyScope } from '../enum-values';
import type { ConnectionStatusValue as ConnectionStatus } from '../enum-values';
import type { SyncModeValue as SyncMode } from '../enum-values';
import type { SyncStatusValue as SyncStatus } from '../enum-values';
import type { DriftPolicyValue as DriftPolicy } from '../enum-values';
import type { RunStatusValue as RunStatus } from '../enum-values';
import type { RunTriggerValue as RunTrigger } from '../enum-values';
import type { DeadLetterStageValue as DeadLetterStage } from '../enum-values';
import type { DeadLetterStatusValue as DeadLetterStatus } from '../enum-values';
import type { DriftStatusValue as DriftStatus } from '../enum-values';
import type { ActorKindValue as ActorKind } from '../enum-values';
import type { AuthTypeValue as AuthType } from '../enum-values';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TenantRow, UserRow, MemberRow, ApiKeyRow, IntegrationRow, ConnectionRow, SyncRow, MappingVersionRow, RunRow, RunDeliveryRow, RecordRow, RecordVersionLineageRow, LineageSourceRow, LineageDeliveryRow, DeadLetterRow, SupportDeadLetterRow, AuditEntryRow, WebhookSubscriptionRow, WebhookDeliveryRow, DriftEventRow, ViewerRow } from '../graphql-rows';
import type { GraphqlContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 timestamp with a time zone, e.g. `2026-11-24T20:02:28.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value (payloads, settings, mapping specs). */
  JSON: { input: unknown; output: unknown; }
};

export { ActorKind };

export type AddMemberInput = {
  email: Scalars['String']['input'];
  /** Used when the person has no account yet. */
  name: Scalars['String']['input'];
  role: Role;
};

export type AddMemberPayload = {
  __typename?: 'AddMemberPayload';
  member: Member;
  /**
   * Set only when a new account was created: a one-time password to hand to the person
   * (shown once, never stored in clear).
   */
  temporaryPassword?: Maybe<Scalars['String']['output']>;
};

/**
 * A partner's credential for this API, sent as `Authorization: Bearer trb_<prefix>_<secret>`.
 * The secret is shown once, at creation; only its hash is stored.
 */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** The person who created it (null when created by another API key). */
  createdBy?: Maybe<User>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Last request made with the key (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part, `trb_<prefix>`: recognise a key without seeing its secret. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export { ApiKeyScope };

/** One entry of the tenant's audit log. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** What happened, e.g. `api_key.created`, `sync.paused`, `dead_letter.replayed`. */
  action: Scalars['String']['output'];
  /** The person, API key or process (raw id; a person or key may since have been removed). */
  actorId?: Maybe<Scalars['String']['output']>;
  actorKind: ActorKind;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  metadata: Scalars['JSON']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorKind?: InputMaybe<ActorKind>;
  after?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};

export { AuthType };

/** A record in the hub: one canonical object by (model, identity), versioned by content. */
export type CanonicalRecord = Node & {
  __typename?: 'CanonicalRecord';
  createdAt: Scalars['DateTime']['output'];
  data: Scalars['JSON']['output'];
  deleted: Scalars['Boolean']['output'];
  /** Content hash of `data`. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The canonical identity within the model (e.g. a normalised email). */
  identity: Scalars['String']['output'];
  /** Where each version came from and where it went, newest version first. */
  lineage: Array<RecordVersionLineage>;
  /** contact, company, deal or invoice. */
  model: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one each time the content changes. */
  version: Scalars['Int']['output'];
};

export type CanonicalRecordConnection = {
  __typename?: 'CanonicalRecordConnection';
  edges: Array<CanonicalRecordEdge>;
  nodes: Array<CanonicalRecord>;
  pageInfo: PageInfo;
};

export type CanonicalRecordEdge = {
  __typename?: 'CanonicalRecordEdge';
  cursor: Scalars['String']['output'];
  node: CanonicalRecord;
};

export type CanonicalRecordFilter = {
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  model?: InputMaybe<Scalars['String']['input']>;
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ChangeMemberRoleInput = {
  memberId: Scalars['ID']['input'];
  role: Role;
};

/** A short-lived link (15 minutes) to the hosted connect page: someone without a Tributary account connects an integration to this tenant. */
export type ConnectSession = {
  __typename?: 'ConnectSession';
  expiresAt: Scalars['DateTime']['output'];
  /** Send the end user's browser here. */
  url: Scalars['String']['output'];
};

/** The tenant's authorised link to one account at a provider. */
export type Connection = Node & {
  __typename?: 'Connection';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  integration: Integration;
  lastRefreshedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Connector settings (never credentials). */
  settings: Scalars['JSON']['output'];
  status: ConnectionStatus;
  statusReason?: Maybe<Scalars['String']['output']>;
  /** When the current access token expires (OAuth). */
  tokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ConnectionConnection = {
  __typename?: 'ConnectionConnection';
  edges: Array<ConnectionEdge>;
  nodes: Array<Connection>;
  pageInfo: PageInfo;
};

export type ConnectionEdge = {
  __typename?: 'ConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Connection;
};

export type ConnectionFilter = {
  integrationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConnectionStatus>;
};

export { ConnectionStatus };

export type ConnectionTestResult = {
  __typename?: 'ConnectionTestResult';
  connection: Connection;
  message?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** At least one; a key never gets more than its creator has. */
  scopes: Array<ApiKeyScope>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The full key, `trb_<prefix>_<secret>`. Shown this once: store it now. */
  secret: Scalars['String']['output'];
};

export type CreateConnectSessionInput = {
  /** Your own id of the end user, kept with the session. */
  endUserId?: InputMaybe<Scalars['String']['input']>;
  /** The OAuth integrations the end user may connect, by key. */
  integrationKeys: Array<Scalars['String']['input']>;
  /** Where the end user returns afterwards; must be on the API's allow-list. */
  returnUrl: Scalars['String']['input'];
};

export type CreateConnectionInput = {
  /**
   * `{ "type": "apiKey", "apiKey": "..." }` or `{ "type": "basic", "username": "...", "password": "..." }`.
   * Checked by a test call to the provider before anything is saved; never returned.
   */
  credentials: Scalars['JSON']['input'];
  /** The integration's key, e.g. `sandbox-crm-token`. */
  integrationKey: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Connector settings, e.g. a base URL (merged over the integration's defaults). */
  settings?: InputMaybe<Scalars['JSON']['input']>;
};

export type CreateSyncInput = {
  destinationConnectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  driftPolicy?: InputMaybe<DriftPolicy>;
  /** The field mapping; omit for the stream's default mapping. */
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  mode?: InputMaybe<SyncMode>;
  model: Scalars['String']['input'];
  name: Scalars['String']['input'];
  schedule?: InputMaybe<Scalars['String']['input']>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  sourceConnectionId: Scalars['ID']['input'];
  sourceStream: Scalars['String']['input'];
};

/** A record that failed after its retries: its payload and error, waiting to be replayed or discarded. */
export type DeadLetter = Node & {
  __typename?: 'DeadLetter';
  attempts: Scalars['Int']['output'];
  /** The source connection. */
  connection?: Maybe<Connection>;
  createdAt: Scalars['DateTime']['output'];
  destination?: Maybe<Connection>;
  error: DeadLetterError;
  /** The provider's id of the failed record. */
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastReplayedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record as it was when it failed. */
  payload: Scalars['JSON']['output'];
  /** For deliver-stage failures: the hub record and the destination. */
  record?: Maybe<CanonicalRecord>;
  /** The run that replayed it. */
  replayRun?: Maybe<Run>;
  run?: Maybe<Run>;
  stage: DeadLetterStage;
  status: DeadLetterStatus;
  sync?: Maybe<Sync>;
  updatedAt: Scalars['DateTime']['output'];
};

export type DeadLetterConnection = {
  __typename?: 'DeadLetterConnection';
  edges: Array<DeadLetterEdge>;
  nodes: Array<DeadLetter>;
  pageInfo: PageInfo;
};

export type DeadLetterEdge = {
  __typename?: 'DeadLetterEdge';
  cursor: Scalars['String']['output'];
  node: DeadLetter;
};

export type DeadLetterError = {
  __typename?: 'DeadLetterError';
  code: Scalars['String']['output'];
  details?: Maybe<Scalars['JSON']['output']>;
  message: Scalars['String']['output'];
  /** The offending field, e.g. `properties.email`. */
  path?: Maybe<Scalars['String']['output']>;
};

export type DeadLetterFilter = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  errorCode?: InputMaybe<Scalars['String']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Array<DeadLetterStage>>;
  status?: InputMaybe<Array<DeadLetterStatus>>;
  syncId?: InputMaybe<Scalars['ID']['input']>;
};

export { DeadLetterStage };

export { DeadLetterStatus };

export type DiscardDeadLettersPayload = {
  __typename?: 'DiscardDeadLettersPayload';
  discardedCount: Scalars['Int']['output'];
};

/** A change in a source's schema (fields added, removed or retyped) detected during a run. */
export type DriftEvent = Node & {
  __typename?: 'DriftEvent';
  /** The changes, e.g. `[{ kind: "removed", path: "properties.phone" }]`. */
  changes: Scalars['JSON']['output'];
  connection?: Maybe<Connection>;
  detectedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: DriftStatus;
  stream: Scalars['String']['output'];
  sync?: Maybe<Sync>;
};

export type DriftEventConnection = {
  __typename?: 'DriftEventConnection';
  edges: Array<DriftEventEdge>;
  nodes: Array<DriftEvent>;
  pageInfo: PageInfo;
};

export type DriftEventEdge = {
  __typename?: 'DriftEventEdge';
  cursor: Scalars['String']['output'];
  node: DriftEvent;
};

export type DriftEventFilter = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DriftStatus>;
  syncId?: InputMaybe<Scalars['ID']['input']>;
};

export { DriftPolicy };

export { DriftStatus };

/** One invalid input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Dotted path of the offending input field, e.g. `mapping.fields.email`. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Health = {
  __typename?: 'Health';
  database: Scalars['Boolean']['output'];
  ok: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** A catalogue entry: a connector plus what Tributary needs to use it. */
export type Integration = Node & {
  __typename?: 'Integration';
  authType: AuthType;
  /** crm, erp, api, database, files, webhook, warehouse or queue. */
  category: Scalars['String']['output'];
  /** The connector that talks to the provider. */
  connectorId: Scalars['String']['output'];
  /** True for an integration the tenant registered itself (its own OAuth app). */
  custom: Scalars['Boolean']['output'];
  /** Canonical models it can write to as a destination. */
  destinationModels: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable key, e.g. `sandbox-crm-token`. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Streams it can read, each into a canonical model. */
  streams: Array<IntegrationStream>;
  /** Whether it receives inbound webhooks. */
  webhooks: Scalars['Boolean']['output'];
};

export type IntegrationStream = {
  __typename?: 'IntegrationStream';
  /** The canonical model the stream's records map into (contact, company, deal, invoice). */
  model: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type MappingPreview = {
  __typename?: 'MappingPreview';
  samples: Array<MappingPreviewSample>;
};

/** Dry run: a mapping applied to live sample records read from the source. Nothing is written. */
export type MappingPreviewInput = {
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  model?: InputMaybe<Scalars['String']['input']>;
  /** How many sample records (1-20, default 5). */
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  /** ...or against a connection and stream directly. */
  sourceConnectionId?: InputMaybe<Scalars['ID']['input']>;
  sourceStream?: InputMaybe<Scalars['String']['input']>;
  /** Preview against an existing sync's source (and its mapping unless `mapping` is given)... */
  syncId?: InputMaybe<Scalars['ID']['input']>;
};

export type MappingPreviewSample = {
  __typename?: 'MappingPreviewSample';
  /** Why it would be dead-lettered. */
  errors: Array<FieldError>;
  externalId?: Maybe<Scalars['String']['output']>;
  /** The hub identity the record would get. */
  identity?: Maybe<Scalars['String']['output']>;
  /** The canonical record the mapping produced (null when it would be dead-lettered). */
  mapped?: Maybe<Scalars['JSON']['output']>;
  /** The provider's record as read. */
  source: Scalars['JSON']['output'];
  /** The stage it would fail in, if it would. */
  stage?: Maybe<DeadLetterStage>;
};

/**
 * One version of a sync's field mapping. Every change makes a new version; lineage names
 * the version that produced each record version.
 */
export type MappingVersion = {
  __typename?: 'MappingVersion';
  createdAt: Scalars['DateTime']['output'];
  /** The mapping: canonical field -> source path plus transforms (see the sync engine's mapping spec). */
  spec: Scalars['JSON']['output'];
  version: Scalars['Int']['output'];
};

/** A person's role in the caller's tenant. */
export type Member = Node & {
  __typename?: 'Member';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  user: User;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  nodes: Array<Member>;
  pageInfo: PageInfo;
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** Every write. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Add a person to the tenant (creating their account if needed). Needs ADMIN (owners). */
  addMember: AddMemberPayload;
  /** Change a member's role. The last owner cannot be demoted. Needs ADMIN. */
  changeMemberRole: Member;
  /** Create an API key. Needs ADMIN. */
  createApiKey: CreateApiKeyPayload;
  /** Create an embedded-connect link. Needs WRITE. */
  createConnectSession: ConnectSession;
  /** Connect an API-key or basic-auth integration; the credentials are checked by a test call first. Needs WRITE. */
  createConnection: Connection;
  /** Create a sync. Invalid input is VALIDATION_FAILED with `extensions.fields`. Needs WRITE. */
  createSync: Sync;
  /** Give up on dead letters. Needs WRITE. */
  discardDeadLetters: DiscardDeadLettersPayload;
  /** Disable a connection and erase its credentials; its syncs stop. Needs WRITE. */
  disconnect: Connection;
  /** Stop scheduled runs. Needs WRITE. */
  pauseSync: Sync;
  /** Fix a connection that needs re-authorisation, keeping its syncs and history. Needs WRITE. */
  reconnect: ReconnectPayload;
  /** Register the tenant's own OAuth app for a connector. Needs ADMIN. */
  registerOAuthIntegration: Integration;
  /** Remove a person from the tenant. The last owner cannot be removed. Needs ADMIN. */
  removeMember: RemoveMemberPayload;
  /** Replay one dead letter. Needs WRITE. */
  replayDeadLetter: ReplayDeadLettersPayload;
  /** Replay several dead letters (at most 1000). Needs WRITE. */
  replayDeadLetters: ReplayDeadLettersPayload;
  /** Replay every open dead letter matching a filter (at most 10000 a call). Needs WRITE. */
  replayDeadLettersMatching: ReplayDeadLettersPayload;
  /** Resume scheduled runs. Needs WRITE. */
  resumeSync: Sync;
  /** Revoke an API key: its next request is UNAUTHENTICATED. Needs ADMIN. */
  revokeApiKey: ApiKey;
  /** Begin an OAuth connection: returns the provider's authorization URL. Needs WRITE. */
  startOAuthConnect: StartOAuthConnectPayload;
  /** Support staff only: replay failed records of any tenant. Audited in each affected tenant. */
  supportReplayDeadLetters: SupportReplayPayload;
  /** Call the provider with the stored credentials and report. Needs WRITE. */
  testConnection: ConnectionTestResult;
  /** Queue a run now (a sync runs once at a time: while a run is queued or running, that run is returned). Needs WRITE. */
  triggerSyncRun: Run;
  /** Change a sync. Invalid input is VALIDATION_FAILED with `extensions.fields`. Needs WRITE. */
  updateSync: Sync;
};


/** Every write. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** Every write. */
export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


/** Every write. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Every write. */
export type MutationCreateConnectSessionArgs = {
  input: CreateConnectSessionInput;
};


/** Every write. */
export type MutationCreateConnectionArgs = {
  input: CreateConnectionInput;
};


/** Every write. */
export type MutationCreateSyncArgs = {
  input: CreateSyncInput;
};


/** Every write. */
export type MutationDiscardDeadLettersArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every write. */
export type MutationDisconnectArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. */
export type MutationPauseSyncArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every write. */
export type MutationReconnectArgs = {
  input: ReconnectInput;
};


/** Every write. */
export type MutationRegisterOAuthIntegrationArgs = {
  input: RegisterOAuthIntegrationInput;
};


/** Every write. */
export type MutationRemoveMemberArgs = {
  memberId: Scalars['ID']['input'];
};


/** Every write. */
export type MutationReplayDeadLetterArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. */
export type MutationReplayDeadLettersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Every write. */
export type MutationReplayDeadLettersMatchingArgs = {
  filter: ReplayFilter;
};


/** Every write. */
export type MutationResumeSyncArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. */
export type MutationStartOAuthConnectArgs = {
  input: StartOAuthConnectInput;
};


/** Every write. */
export type MutationSupportReplayDeadLettersArgs = {
  filter: SupportReplayFilter;
};


/** Every write. */
export type MutationTestConnectionArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. */
export type MutationTriggerSyncRunArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<SyncMode>;
};


/** Every write. */
export type MutationUpdateSyncArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSyncInput;
};

/** Anything with a global id. Fetch any of them with `Query.node`. */
export type Node = {
  /** Opaque global id. */
  id: Scalars['ID']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The entry point of every read. */
export type Query = {
  __typename?: 'Query';
  /** The tenant's API keys, newest first. Needs ADMIN. */
  apiKeys: ApiKeyConnection;
  /** The tenant's audit log, newest first. Needs ADMIN. */
  auditLog: AuditEntryConnection;
  /** One connection. Needs READ. */
  connection?: Maybe<Connection>;
  /** The tenant's connections, newest first. Needs READ. */
  connections: ConnectionConnection;
  /** One dead letter with its payload and error. Needs READ. */
  deadLetter?: Maybe<DeadLetter>;
  /** The tenant's dead letters, newest first (default: open ones). Needs READ. */
  deadLetters: DeadLetterConnection;
  /** One drift event. Needs READ. */
  driftEvent?: Maybe<DriftEvent>;
  /** Schema drift detected in the tenant's sources, newest first. Needs READ. */
  driftEvents: DriftEventConnection;
  /** Liveness of the API and its database. Needs no authentication. */
  health: Health;
  /** The integration catalogue: global entries plus the tenant's own. Needs READ. */
  integrations: Array<Integration>;
  /** Dry-run a mapping on live sample records. Needs WRITE (it calls the provider). */
  mappingPreview: MappingPreview;
  /** The people of the caller's tenant. Needs READ. */
  members: MemberConnection;
  /** Any object by its global id. An id the caller may not see is NOT_FOUND. */
  node?: Maybe<Node>;
  /** One record by its id. Needs READ. */
  record?: Maybe<CanonicalRecord>;
  /** The record a source produced, by the source connection and the provider's id. Needs READ. */
  recordBySource?: Maybe<CanonicalRecord>;
  /** The hub's records, most recently updated first. Needs READ. */
  records: CanonicalRecordConnection;
  /** One run with its counts, checksums, reconciliation and failures. Needs READ. */
  run?: Maybe<Run>;
  /** The tenant's runs, newest first. Needs READ. */
  runs: RunConnection;
  /** Support staff only: failed records across tenants, newest first. Audited in each tenant shown. */
  supportDeadLetters: SupportDeadLetterConnection;
  /** One sync. Needs READ. */
  sync?: Maybe<Sync>;
  /** The tenant's syncs, newest first. Needs READ. */
  syncs: SyncConnection;
  /** The caller's tenant. */
  tenant?: Maybe<Tenant>;
  /** Who is calling: the person or API key, its tenant and its permissions. Needs authentication. */
  viewer: Viewer;
  /** One webhook subscription. Needs READ. */
  webhookSubscription?: Maybe<WebhookSubscription>;
  /** The tenant's webhook subscriptions, newest first. Needs READ. */
  webhookSubscriptions: WebhookSubscriptionConnection;
};


/** The entry point of every read. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryConnectionArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConnectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryDeadLetterArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryDeadLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeadLetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryDriftEventArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryDriftEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DriftEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryIntegrationsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};


/** The entry point of every read. */
export type QueryMappingPreviewArgs = {
  input: MappingPreviewInput;
};


/** The entry point of every read. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryRecordArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryRecordBySourceArgs = {
  connectionId: Scalars['ID']['input'];
  externalId: Scalars['String']['input'];
  stream?: InputMaybe<Scalars['String']['input']>;
};


/** The entry point of every read. */
export type QueryRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CanonicalRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QuerySupportDeadLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportDeadLetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QuerySyncArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QuerySyncsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry point of every read. */
export type QueryWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** The entry point of every read. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Reconciliation = {
  __typename?: 'Reconciliation';
  checks: Array<ReconciliationCheck>;
  ok: Scalars['Boolean']['output'];
};

export type ReconciliationCheck = {
  __typename?: 'ReconciliationCheck';
  actual?: Maybe<Scalars['String']['output']>;
  expected?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type ReconnectInput = {
  connectionId: Scalars['ID']['input'];
  /** For API-key and basic integrations: the new credentials (checked by a test call). */
  credentials?: InputMaybe<Scalars['JSON']['input']>;
  /** For OAuth integrations: where the browser returns after consent. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

export type ReconnectPayload = {
  __typename?: 'ReconnectPayload';
  /** For OAuth integrations: send the browser here to finish reconnecting (the connection keeps its syncs and history). */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  connection: Connection;
};

/** A record version delivered to a destination (at most once per idempotency key). */
export type RecordDeliveryEdge = {
  __typename?: 'RecordDeliveryEdge';
  deliveredAt: Scalars['DateTime']['output'];
  destination?: Maybe<Connection>;
  /** The record's id at the destination, when it reports one. */
  externalId?: Maybe<Scalars['String']['output']>;
  idempotencyKey: Scalars['String']['output'];
  run?: Maybe<Run>;
};

/** A source record that produced a record version. */
export type RecordSourceEdge = {
  __typename?: 'RecordSourceEdge';
  connection?: Maybe<Connection>;
  externalId: Scalars['String']['output'];
  mappingVersion: Scalars['Int']['output'];
  run?: Maybe<Run>;
  seenAt: Scalars['DateTime']['output'];
  /** Hash of the provider's payload. */
  sourceHash: Scalars['String']['output'];
  stream: Scalars['String']['output'];
  sync?: Maybe<Sync>;
};

/** The lineage of one version of a record. */
export type RecordVersionLineage = {
  __typename?: 'RecordVersionLineage';
  /** The destinations this version was delivered to. */
  deliveries: Array<RecordDeliveryEdge>;
  /** The source records that produced this version. */
  sources: Array<RecordSourceEdge>;
  version: Scalars['Int']['output'];
};

export type RegisterOAuthIntegrationInput = {
  /** https (http only on localhost). Optional when the connector knows its provider's endpoints. */
  authorizeUrl?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['String']['input'];
  /** Encrypted at rest, never returned. */
  clientSecret: Scalars['String']['input'];
  /** The connector that reads and writes through the connections (default `rest-declarative`). */
  connectorId?: InputMaybe<Scalars['String']['input']>;
  defaultSettings?: InputMaybe<Scalars['JSON']['input']>;
  /** Lowercase letters, digits and `-`, starting with a letter. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** `client_secret_basic` or `client_secret_post`. */
  tokenAuthMethod?: InputMaybe<Scalars['String']['input']>;
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
};

export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  removedMemberId: Scalars['ID']['output'];
};

/**
 * What a replay did. Replays run right away, one replay run per sync (trigger REPLAY), logged like
 * any run: see `runs` for counts and reconciliation.
 */
export type ReplayDeadLettersPayload = {
  __typename?: 'ReplayDeadLettersPayload';
  /** Dead letters that now landed (status REPLAYED). */
  replayedCount: Scalars['Int']['output'];
  /** The replay runs. */
  runs: Array<Run>;
  /** Named dead letters that were not open (already replayed or discarded). */
  skippedCount: Scalars['Int']['output'];
  /** Dead letters that failed again: still OPEN, with the new error and one more attempt. */
  stillOpenCount: Scalars['Int']['output'];
};

/** Which open dead letters to replay (all given conditions must hold). */
export type ReplayFilter = {
  errorCode?: InputMaybe<Scalars['String']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<DeadLetterStage>;
  syncId?: InputMaybe<Scalars['ID']['input']>;
};

export { Role };

/** One execution of a sync: counts, checksums, reconciliation, failures. */
export type Run = Node & {
  __typename?: 'Run';
  attempt: Scalars['Int']['output'];
  counts: RunCounts;
  /** Per destination: what was pushed. */
  deliveries: Array<RunDelivery>;
  /** finishedAt - startedAt, when both are known. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<RunError>;
  /** The records that failed in this run (dead letters), newest first. */
  failures: DeadLetterConnection;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The mapping version the run used. */
  mappingVersion: Scalars['Int']['output'];
  mode: SyncMode;
  /** Source pages committed. */
  pages: Scalars['Int']['output'];
  queuedAt: Scalars['DateTime']['output'];
  /** The verdict comparing source, hub and destinations; null until the run ends. */
  reconciliation?: Maybe<Reconciliation>;
  /** Order-independent checksum (sum mod 2^64 of per-record hashes) of the records read, as decimal text. */
  sourceChecksum: Scalars['String']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  sync: Sync;
  trigger: RunTrigger;
};


/** One execution of a sync: counts, checksums, reconciliation, failures. */
export type RunFailuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  nodes: Array<Run>;
  pageInfo: PageInfo;
};

export type RunCounts = {
  __typename?: 'RunCounts';
  created: Scalars['Int']['output'];
  deleted: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type RunDelivery = {
  __typename?: 'RunDelivery';
  checksum?: Maybe<Scalars['String']['output']>;
  destination?: Maybe<Connection>;
  /** The destination connection's id, even when the connection has since been removed. */
  destinationId: Scalars['ID']['output'];
  failed: Scalars['Int']['output'];
  pushed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
};

export type RunEdge = {
  __typename?: 'RunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

export type RunError = {
  __typename?: 'RunError';
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type RunFilter = {
  /** Runs queued at or after this time. */
  queuedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Runs queued before this time. */
  queuedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<RunStatus>>;
  syncId?: InputMaybe<Scalars['ID']['input']>;
};

export { RunStatus };

export { RunTrigger };

export type StartOAuthConnectInput = {
  /** The integration's key, e.g. `sandbox-crm` (see `integrations`). */
  integrationKey: Scalars['String']['input'];
  /** Name of the connection to create (defaults to the integration's label). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where the browser returns after the provider's consent screen (the portal by default; others must be on the API's allow-list). */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

export type StartOAuthConnectPayload = {
  __typename?: 'StartOAuthConnectPayload';
  /** Send the person's browser here; Tributary's callback finishes the connection. */
  authorizationUrl: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** A dead letter seen by support staff across tenants. Reading it is audited in its tenant. */
export type SupportDeadLetter = {
  __typename?: 'SupportDeadLetter';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  error: DeadLetterError;
  externalId?: Maybe<Scalars['String']['output']>;
  /** The dead letter's global id (use it with `supportReplayDeadLetters`). */
  id: Scalars['ID']['output'];
  payload: Scalars['JSON']['output'];
  runId?: Maybe<Scalars['ID']['output']>;
  stage: DeadLetterStage;
  status: DeadLetterStatus;
  syncId?: Maybe<Scalars['ID']['output']>;
  tenant: SupportTenant;
};

export type SupportDeadLetterConnection = {
  __typename?: 'SupportDeadLetterConnection';
  edges: Array<SupportDeadLetterEdge>;
  nodes: Array<SupportDeadLetter>;
  pageInfo: PageInfo;
};

export type SupportDeadLetterEdge = {
  __typename?: 'SupportDeadLetterEdge';
  cursor: Scalars['String']['output'];
  node: SupportDeadLetter;
};

export type SupportDeadLetterFilter = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  errorCode?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Array<DeadLetterStage>>;
  status?: InputMaybe<Array<DeadLetterStatus>>;
  /** A tenant's slug; all tenants when omitted. */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

/** Which open dead letters staff replay (all given conditions must hold). */
export type SupportReplayFilter = {
  errorCode?: InputMaybe<Scalars['String']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<DeadLetterStage>;
  syncId?: InputMaybe<Scalars['ID']['input']>;
  /** A tenant's global id (`SupportDeadLetter.tenant.id`); all tenants when omitted. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupportReplayPayload = {
  __typename?: 'SupportReplayPayload';
  replayedCount: Scalars['Int']['output'];
  stillOpenCount: Scalars['Int']['output'];
  /** Per affected tenant (each audited in its own log). */
  tenants: Array<SupportReplayTenant>;
};

export type SupportReplayTenant = {
  __typename?: 'SupportReplayTenant';
  replayedCount: Scalars['Int']['output'];
  stillOpenCount: Scalars['Int']['output'];
  tenant: SupportTenant;
};

/** A tenant as support staff see it next to a failed record. */
export type SupportTenant = {
  __typename?: 'SupportTenant';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/**
 * A sync: one source connection's stream, mapped into a canonical model, pushed to
 * destination connections, on a schedule or on demand.
 */
export type Sync = Node & {
  __typename?: 'Sync';
  createdAt: Scalars['DateTime']['output'];
  destinations: Array<Connection>;
  driftPolicy: DriftPolicy;
  id: Scalars['ID']['output'];
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** The current mapping. */
  mapping: MappingVersion;
  /** Every mapping version, newest first. */
  mappingHistory: Array<MappingVersion>;
  mode: SyncMode;
  /** The canonical model, e.g. `contact`. */
  model: Scalars['String']['output'];
  name: Scalars['String']['output'];
  pausedReason?: Maybe<Scalars['String']['output']>;
  /** This sync's runs, newest first. */
  runs: RunConnection;
  /** Cron expression (UTC); null = manual only. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** A sync without a successful run inside this many minutes raises an alert. */
  slaMinutes?: Maybe<Scalars['Int']['output']>;
  source: Connection;
  /** The stream of the source connector, e.g. `contacts`. */
  sourceStream: Scalars['String']['output'];
  status: SyncStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A sync: one source connection's stream, mapped into a canonical model, pushed to
 * destination connections, on a schedule or on demand.
 */
export type SyncRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RunStatus>>;
};

export type SyncConnection = {
  __typename?: 'SyncConnection';
  edges: Array<SyncEdge>;
  nodes: Array<Sync>;
  pageInfo: PageInfo;
};

export type SyncEdge = {
  __typename?: 'SyncEdge';
  cursor: Scalars['String']['output'];
  node: Sync;
};

export type SyncFilter = {
  model?: InputMaybe<Scalars['String']['input']>;
  sourceConnectionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SyncStatus>;
};

export { SyncMode };

export { SyncStatus };

/** A customer of Tributary: every other object belongs to exactly one tenant. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** URL-safe unique name, used to pick a tenant when signing in. */
  slug: Scalars['String']['output'];
};

/** Only the fields given change. A new `mapping` makes a new mapping version. */
export type UpdateSyncInput = {
  destinationConnectionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  driftPolicy?: InputMaybe<DriftPolicy>;
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  mode?: InputMaybe<SyncMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  schedule?: InputMaybe<Scalars['String']['input']>;
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** A person. One person can belong to several tenants. */
export type User = Node & {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Support staff (Tributary's own people). */
  isStaff: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** The caller of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key in use; null when signed in as a person. */
  apiKey?: Maybe<ApiKey>;
  /** Support staff may find and replay failed records across tenants (see `supportDeadLetters`). */
  isStaff: Scalars['Boolean']['output'];
  /** The tenants the signed-in person belongs to (empty for API keys). */
  memberships: Array<ViewerMembership>;
  /** The caller's role in the tenant (null for API keys and staff without a tenant). */
  role?: Maybe<Role>;
  /** The effective permissions in the tenant. */
  scopes: Array<ApiKeyScope>;
  /** The tenant the caller acts in; null for support staff signed in without a tenant. */
  tenant?: Maybe<Tenant>;
  /** The signed-in person; null when calling with an API key. */
  user?: Maybe<User>;
};

/** A tenant the signed-in person belongs to (switch with `POST /auth/session` and `tenantSlug`). */
export type ViewerMembership = {
  __typename?: 'ViewerMembership';
  name: Scalars['String']['output'];
  role: Role;
  slug: Scalars['String']['output'];
  /** The tenant's global id. */
  tenantId: Scalars['ID']['output'];
};

/** One event sent (or being sent) to a subscription. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  payload: Scalars['JSON']['output'];
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** pending, delivered, failed... */
  status: Scalars['String']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** A subscriber's endpoint for signed event webhooks. */
export type WebhookSubscription = Node & {
  __typename?: 'WebhookSubscription';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Deliveries to this endpoint, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Event types delivered, e.g. `sync.run.failed`. */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};


/** A subscriber's endpoint for signed event webhooks. */
export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  edges: Array<WebhookSubscriptionEdge>;
  nodes: Array<WebhookSubscription>;
  pageInfo: PageInfo;
};

export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookSubscription;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ApiKeyRow )
    | ( AuditEntryRow )
    | ( RecordRow )
    | ( ConnectionRow )
    | ( DeadLetterRow )
    | ( DriftEventRow )
    | ( IntegrationRow )
    | ( MemberRow )
    | ( RunRow )
    | ( SyncRow )
    | ( TenantRow )
    | ( UserRow )
    | ( WebhookDeliveryRow )
    | ( WebhookSubscriptionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorKind: ActorKind;
  AddMemberInput: AddMemberInput;
  AddMemberPayload: ResolverTypeWrapper<Omit<AddMemberPayload, 'member'> & { member: ResolversTypes['Member'] }>;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiKeyEdge']>, nodes: Array<ResolversTypes['ApiKey']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyScope: ApiKeyScope;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  AuthType: AuthType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CanonicalRecord: ResolverTypeWrapper<RecordRow>;
  CanonicalRecordConnection: ResolverTypeWrapper<Omit<CanonicalRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CanonicalRecordEdge']>, nodes: Array<ResolversTypes['CanonicalRecord']> }>;
  CanonicalRecordEdge: ResolverTypeWrapper<Omit<CanonicalRecordEdge, 'node'> & { node: ResolversTypes['CanonicalRecord'] }>;
  CanonicalRecordFilter: CanonicalRecordFilter;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ConnectSession: ResolverTypeWrapper<ConnectSession>;
  Connection: ResolverTypeWrapper<ConnectionRow>;
  ConnectionConnection: ResolverTypeWrapper<Omit<ConnectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConnectionEdge']>, nodes: Array<ResolversTypes['Connection']> }>;
  ConnectionEdge: ResolverTypeWrapper<Omit<ConnectionEdge, 'node'> & { node: ResolversTypes['Connection'] }>;
  ConnectionFilter: ConnectionFilter;
  ConnectionStatus: ConnectionStatus;
  ConnectionTestResult: ResolverTypeWrapper<Omit<ConnectionTestResult, 'connection'> & { connection: ResolversTypes['Connection'] }>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreateConnectSessionInput: CreateConnectSessionInput;
  CreateConnectionInput: CreateConnectionInput;
  CreateSyncInput: CreateSyncInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadLetter: ResolverTypeWrapper<DeadLetterRow>;
  DeadLetterConnection: ResolverTypeWrapper<Omit<DeadLetterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeadLetterEdge']>, nodes: Array<ResolversTypes['DeadLetter']> }>;
  DeadLetterEdge: ResolverTypeWrapper<Omit<DeadLetterEdge, 'node'> & { node: ResolversTypes['DeadLetter'] }>;
  DeadLetterError: ResolverTypeWrapper<DeadLetterError>;
  DeadLetterFilter: DeadLetterFilter;
  DeadLetterStage: DeadLetterStage;
  DeadLetterStatus: DeadLetterStatus;
  DiscardDeadLettersPayload: ResolverTypeWrapper<DiscardDeadLettersPayload>;
  DriftEvent: ResolverTypeWrapper<DriftEventRow>;
  DriftEventConnection: ResolverTypeWrapper<Omit<DriftEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DriftEventEdge']>, nodes: Array<ResolversTypes['DriftEvent']> }>;
  DriftEventEdge: ResolverTypeWrapper<Omit<DriftEventEdge, 'node'> & { node: ResolversTypes['DriftEvent'] }>;
  DriftEventFilter: DriftEventFilter;
  DriftPolicy: DriftPolicy;
  DriftStatus: DriftStatus;
  FieldError: ResolverTypeWrapper<FieldError>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Integration: ResolverTypeWrapper<IntegrationRow>;
  IntegrationStream: ResolverTypeWrapper<IntegrationStream>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MappingPreview: ResolverTypeWrapper<MappingPreview>;
  MappingPreviewInput: MappingPreviewInput;
  MappingPreviewSample: ResolverTypeWrapper<MappingPreviewSample>;
  MappingVersion: ResolverTypeWrapper<MappingVersionRow>;
  Member: ResolverTypeWrapper<MemberRow>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MemberEdge']>, nodes: Array<ResolversTypes['Member']> }>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reconciliation: ResolverTypeWrapper<Reconciliation>;
  ReconciliationCheck: ResolverTypeWrapper<ReconciliationCheck>;
  ReconnectInput: ReconnectInput;
  ReconnectPayload: ResolverTypeWrapper<Omit<ReconnectPayload, 'connection'> & { connection: ResolversTypes['Connection'] }>;
  RecordDeliveryEdge: ResolverTypeWrapper<LineageDeliveryRow>;
  RecordSourceEdge: ResolverTypeWrapper<LineageSourceRow>;
  RecordVersionLineage: ResolverTypeWrapper<RecordVersionLineageRow>;
  RegisterOAuthIntegrationInput: RegisterOAuthIntegrationInput;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  ReplayDeadLettersPayload: ResolverTypeWrapper<Omit<ReplayDeadLettersPayload, 'runs'> & { runs: Array<ResolversTypes['Run']> }>;
  ReplayFilter: ReplayFilter;
  Role: Role;
  Run: ResolverTypeWrapper<RunRow>;
  RunConnection: ResolverTypeWrapper<Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RunEdge']>, nodes: Array<ResolversTypes['Run']> }>;
  RunCounts: ResolverTypeWrapper<RunCounts>;
  RunDelivery: ResolverTypeWrapper<RunDeliveryRow>;
  RunEdge: ResolverTypeWrapper<Omit<RunEdge, 'node'> & { node: ResolversTypes['Run'] }>;
  RunError: ResolverTypeWrapper<RunError>;
  RunFilter: RunFilter;
  RunStatus: RunStatus;
  RunTrigger: RunTrigger;
  StartOAuthConnectInput: StartOAuthConnectInput;
  StartOAuthConnectPayload: ResolverTypeWrapper<StartOAuthConnectPayload>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportDeadLetter: ResolverTypeWrapper<SupportDeadLetterRow>;
  SupportDeadLetterConnection: ResolverTypeWrapper<Omit<SupportDeadLetterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SupportDeadLetterEdge']>, nodes: Array<ResolversTypes['SupportDeadLetter']> }>;
  SupportDeadLetterEdge: ResolverTypeWrapper<Omit<SupportDeadLetterEdge, 'node'> & { node: ResolversTypes['SupportDeadLetter'] }>;
  SupportDeadLetterFilter: SupportDeadLetterFilter;
  SupportReplayFilter: SupportReplayFilter;
  SupportReplayPayload: ResolverTypeWrapper<SupportReplayPayload>;
  SupportReplayTenant: ResolverTypeWrapper<SupportReplayTenant>;
  SupportTenant: ResolverTypeWrapper<SupportTenant>;
  Sync: ResolverTypeWrapper<SyncRow>;
  SyncConnection: ResolverTypeWrapper<Omit<SyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SyncEdge']>, nodes: Array<ResolversTypes['Sync']> }>;
  SyncEdge: ResolverTypeWrapper<Omit<SyncEdge, 'node'> & { node: ResolversTypes['Sync'] }>;
  SyncFilter: SyncFilter;
  SyncMode: SyncMode;
  SyncStatus: SyncStatus;
  Tenant: ResolverTypeWrapper<TenantRow>;
  UpdateSyncInput: UpdateSyncInput;
  User: ResolverTypeWrapper<UserRow>;
  Viewer: ResolverTypeWrapper<ViewerRow>;
  ViewerMembership: ResolverTypeWrapper<ViewerMembership>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
  WebhookSubscriptionConnection: ResolverTypeWrapper<Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversTypes['WebhookSubscription']> }>;
  WebhookSubscriptionEdge: ResolverTypeWrapper<Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversTypes['WebhookSubscription'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddMemberInput: AddMemberInput;
  AddMemberPayload: Omit<AddMemberPayload, 'member'> & { member: ResolversParentTypes['Member'] };
  ApiKey: ApiKeyRow;
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']>, nodes: Array<ResolversParentTypes['ApiKey']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  Boolean: Scalars['Boolean']['output'];
  CanonicalRecord: RecordRow;
  CanonicalRecordConnection: Omit<CanonicalRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CanonicalRecordEdge']>, nodes: Array<ResolversParentTypes['CanonicalRecord']> };
  CanonicalRecordEdge: Omit<CanonicalRecordEdge, 'node'> & { node: ResolversParentTypes['CanonicalRecord'] };
  CanonicalRecordFilter: CanonicalRecordFilter;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ConnectSession: ConnectSession;
  Connection: ConnectionRow;
  ConnectionConnection: Omit<ConnectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConnectionEdge']>, nodes: Array<ResolversParentTypes['Connection']> };
  ConnectionEdge: Omit<ConnectionEdge, 'node'> & { node: ResolversParentTypes['Connection'] };
  ConnectionFilter: ConnectionFilter;
  ConnectionTestResult: Omit<ConnectionTestResult, 'connection'> & { connection: ResolversParentTypes['Connection'] };
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreateConnectSessionInput: CreateConnectSessionInput;
  CreateConnectionInput: CreateConnectionInput;
  CreateSyncInput: CreateSyncInput;
  DateTime: Scalars['DateTime']['output'];
  DeadLetter: DeadLetterRow;
  DeadLetterConnection: Omit<DeadLetterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeadLetterEdge']>, nodes: Array<ResolversParentTypes['DeadLetter']> };
  DeadLetterEdge: Omit<DeadLetterEdge, 'node'> & { node: ResolversParentTypes['DeadLetter'] };
  DeadLetterError: DeadLetterError;
  DeadLetterFilter: DeadLetterFilter;
  DiscardDeadLettersPayload: DiscardDeadLettersPayload;
  DriftEvent: DriftEventRow;
  DriftEventConnection: Omit<DriftEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DriftEventEdge']>, nodes: Array<ResolversParentTypes['DriftEvent']> };
  DriftEventEdge: Omit<DriftEventEdge, 'node'> & { node: ResolversParentTypes['DriftEvent'] };
  DriftEventFilter: DriftEventFilter;
  FieldError: FieldError;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Integration: IntegrationRow;
  IntegrationStream: IntegrationStream;
  JSON: Scalars['JSON']['output'];
  MappingPreview: MappingPreview;
  MappingPreviewInput: MappingPreviewInput;
  MappingPreviewSample: MappingPreviewSample;
  MappingVersion: MappingVersionRow;
  Member: MemberRow;
  MemberConnection: Omit<MemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MemberEdge']>, nodes: Array<ResolversParentTypes['Member']> };
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Reconciliation: Reconciliation;
  ReconciliationCheck: ReconciliationCheck;
  ReconnectInput: ReconnectInput;
  ReconnectPayload: Omit<ReconnectPayload, 'connection'> & { connection: ResolversParentTypes['Connection'] };
  RecordDeliveryEdge: LineageDeliveryRow;
  RecordSourceEdge: LineageSourceRow;
  RecordVersionLineage: RecordVersionLineageRow;
  RegisterOAuthIntegrationInput: RegisterOAuthIntegrationInput;
  RemoveMemberPayload: RemoveMemberPayload;
  ReplayDeadLettersPayload: Omit<ReplayDeadLettersPayload, 'runs'> & { runs: Array<ResolversParentTypes['Run']> };
  ReplayFilter: ReplayFilter;
  Run: RunRow;
  RunConnection: Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RunEdge']>, nodes: Array<ResolversParentTypes['Run']> };
  RunCounts: RunCounts;
  RunDelivery: RunDeliveryRow;
  RunEdge: Omit<RunEdge, 'node'> & { node: ResolversParentTypes['Run'] };
  RunError: RunError;
  RunFilter: RunFilter;
  StartOAuthConnectInput: StartOAuthConnectInput;
  StartOAuthConnectPayload: StartOAuthConnectPayload;
  String: Scalars['String']['output'];
  SupportDeadLetter: SupportDeadLetterRow;
  SupportDeadLetterConnection: Omit<SupportDeadLetterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SupportDeadLetterEdge']>, nodes: Array<ResolversParentTypes['SupportDeadLetter']> };
  SupportDeadLetterEdge: Omit<SupportDeadLetterEdge, 'node'> & { node: ResolversParentTypes['SupportDeadLetter'] };
  SupportDeadLetterFilter: SupportDeadLetterFilter;
  SupportReplayFilter: SupportReplayFilter;
  SupportReplayPayload: SupportReplayPayload;
  SupportReplayTenant: SupportReplayTenant;
  SupportTenant: SupportTenant;
  Sync: SyncRow;
  SyncConnection: Omit<SyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SyncEdge']>, nodes: Array<ResolversParentTypes['Sync']> };
  SyncEdge: Omit<SyncEdge, 'node'> & { node: ResolversParentTypes['Sync'] };
  SyncFilter: SyncFilter;
  Tenant: TenantRow;
  UpdateSyncInput: UpdateSyncInput;
  User: UserRow;
  Viewer: ViewerRow;
  ViewerMembership: ViewerMembership;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>, nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookSubscription: WebhookSubscriptionRow;
  WebhookSubscriptionConnection: Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversParentTypes['WebhookSubscription']> };
  WebhookSubscriptionEdge: Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversParentTypes['WebhookSubscription'] };
};

export type ActorKindResolvers = EnumResolverSignature<{ API_KEY?: any, STAFF?: any, SYSTEM?: any, USER?: any }, ResolversTypes['ActorKind']>;

export type AddMemberPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AddMemberPayload'] = ResolversParentTypes['AddMemberPayload']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  temporaryPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyScopeResolvers = EnumResolverSignature<{ ADMIN?: any, READ?: any, WRITE?: any }, ResolversTypes['ApiKeyScope']>;

export type AuditEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuthTypeResolvers = EnumResolverSignature<{ API_KEY?: any, BASIC?: any, NONE?: any, OAUTH2?: any }, ResolversTypes['AuthType']>;

export type CanonicalRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CanonicalRecord'] = ResolversParentTypes['CanonicalRecord']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['RecordVersionLineage']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CanonicalRecordConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CanonicalRecordConnection'] = ResolversParentTypes['CanonicalRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CanonicalRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CanonicalRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CanonicalRecordEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CanonicalRecordEdge'] = ResolversParentTypes['CanonicalRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CanonicalRecord'], ParentType, ContextType>;
};

export type ConnectSessionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConnectSession'] = ResolversParentTypes['ConnectSession']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Connection'] = ResolversParentTypes['Connection']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType>;
  lastRefreshedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectionStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConnectionConnection'] = ResolversParentTypes['ConnectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Connection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConnectionEdge'] = ResolversParentTypes['ConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Connection'], ParentType, ContextType>;
};

export type ConnectionStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, DISABLED?: any, NEEDS_REAUTH?: any }, ResolversTypes['ConnectionStatus']>;

export type ConnectionTestResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConnectionTestResult'] = ResolversParentTypes['ConnectionTestResult']> = {
  connection?: Resolver<ResolversTypes['Connection'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadLetterResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeadLetter'] = ResolversParentTypes['DeadLetter']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connection?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  error?: Resolver<ResolversTypes['DeadLetterError'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReplayedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['CanonicalRecord']>, ParentType, ContextType>;
  replayRun?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DeadLetterStage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeadLetterStatus'], ParentType, ContextType>;
  sync?: Resolver<Maybe<ResolversTypes['Sync']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeadLetterConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeadLetterConnection'] = ResolversParentTypes['DeadLetterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeadLetterEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DeadLetter']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DeadLetterEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeadLetterEdge'] = ResolversParentTypes['DeadLetterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeadLetter'], ParentType, ContextType>;
};

export type DeadLetterErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeadLetterError'] = ResolversParentTypes['DeadLetterError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeadLetterStageResolvers = EnumResolverSignature<{ DELIVER?: any, EXTRACT?: any, LOAD?: any, MAP?: any, VALIDATE?: any }, ResolversTypes['DeadLetterStage']>;

export type DeadLetterStatusResolvers = EnumResolverSignature<{ DISCARDED?: any, OPEN?: any, REPLAYED?: any }, ResolversTypes['DeadLetterStatus']>;

export type DiscardDeadLettersPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DiscardDeadLettersPayload'] = ResolversParentTypes['DiscardDeadLettersPayload']> = {
  discardedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DriftEventResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DriftEvent'] = ResolversParentTypes['DriftEvent']> = {
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  connection?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DriftStatus'], ParentType, ContextType>;
  stream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sync?: Resolver<Maybe<ResolversTypes['Sync']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DriftEventConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DriftEventConnection'] = ResolversParentTypes['DriftEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DriftEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DriftEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DriftEventEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DriftEventEdge'] = ResolversParentTypes['DriftEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DriftEvent'], ParentType, ContextType>;
};

export type DriftPolicyResolvers = EnumResolverSignature<{ ALERT?: any, IGNORE?: any, PAUSE?: any }, ResolversTypes['DriftPolicy']>;

export type DriftStatusResolvers = EnumResolverSignature<{ ACKNOWLEDGED?: any, OPEN?: any, RESOLVED?: any }, ResolversTypes['DriftStatus']>;

export type FieldErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntegrationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Integration'] = ResolversParentTypes['Integration']> = {
  authType?: Resolver<ResolversTypes['AuthType'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connectorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  custom?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  destinationModels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streams?: Resolver<Array<ResolversTypes['IntegrationStream']>, ParentType, ContextType>;
  webhooks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntegrationStreamResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['IntegrationStream'] = ResolversParentTypes['IntegrationStream']> = {
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MappingPreviewResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MappingPreview'] = ResolversParentTypes['MappingPreview']> = {
  samples?: Resolver<Array<ResolversTypes['MappingPreviewSample']>, ParentType, ContextType>;
};

export type MappingPreviewSampleResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MappingPreviewSample'] = ResolversParentTypes['MappingPreviewSample']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mapped?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['DeadLetterStage']>, ParentType, ContextType>;
};

export type MappingVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MappingVersion'] = ResolversParentTypes['MappingVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMember?: Resolver<ResolversTypes['AddMemberPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createConnectSession?: Resolver<ResolversTypes['ConnectSession'], ParentType, ContextType, RequireFields<MutationCreateConnectSessionArgs, 'input'>>;
  createConnection?: Resolver<ResolversTypes['Connection'], ParentType, ContextType, RequireFields<MutationCreateConnectionArgs, 'input'>>;
  createSync?: Resolver<ResolversTypes['Sync'], ParentType, ContextType, RequireFields<MutationCreateSyncArgs, 'input'>>;
  discardDeadLetters?: Resolver<ResolversTypes['DiscardDeadLettersPayload'], ParentType, ContextType, RequireFields<MutationDiscardDeadLettersArgs, 'ids'>>;
  disconnect?: Resolver<ResolversTypes['Connection'], ParentType, ContextType, RequireFields<MutationDisconnectArgs, 'id'>>;
  pauseSync?: Resolver<ResolversTypes['Sync'], ParentType, ContextType, RequireFields<MutationPauseSyncArgs, 'id'>>;
  reconnect?: Resolver<ResolversTypes['ReconnectPayload'], ParentType, ContextType, RequireFields<MutationReconnectArgs, 'input'>>;
  registerOAuthIntegration?: Resolver<ResolversTypes['Integration'], ParentType, ContextType, RequireFields<MutationRegisterOAuthIntegrationArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'memberId'>>;
  replayDeadLetter?: Resolver<ResolversTypes['ReplayDeadLettersPayload'], ParentType, ContextType, RequireFields<MutationReplayDeadLetterArgs, 'id'>>;
  replayDeadLetters?: Resolver<ResolversTypes['ReplayDeadLettersPayload'], ParentType, ContextType, RequireFields<MutationReplayDeadLettersArgs, 'ids'>>;
  replayDeadLettersMatching?: Resolver<ResolversTypes['ReplayDeadLettersPayload'], ParentType, ContextType, RequireFields<MutationReplayDeadLettersMatchingArgs, 'filter'>>;
  resumeSync?: Resolver<ResolversTypes['Sync'], ParentType, ContextType, RequireFields<MutationResumeSyncArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  startOAuthConnect?: Resolver<ResolversTypes['StartOAuthConnectPayload'], ParentType, ContextType, RequireFields<MutationStartOAuthConnectArgs, 'input'>>;
  supportReplayDeadLetters?: Resolver<ResolversTypes['SupportReplayPayload'], ParentType, ContextType, RequireFields<MutationSupportReplayDeadLettersArgs, 'filter'>>;
  testConnection?: Resolver<ResolversTypes['ConnectionTestResult'], ParentType, ContextType, RequireFields<MutationTestConnectionArgs, 'id'>>;
  triggerSyncRun?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<MutationTriggerSyncRunArgs, 'id'>>;
  updateSync?: Resolver<ResolversTypes['Sync'], ParentType, ContextType, RequireFields<MutationUpdateSyncArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'AuditEntry' | 'CanonicalRecord' | 'Connection' | 'DeadLetter' | 'DriftEvent' | 'Integration' | 'Member' | 'Run' | 'Sync' | 'Tenant' | 'User' | 'WebhookDelivery' | 'WebhookSubscription', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  connection?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'id'>>;
  connections?: Resolver<ResolversTypes['ConnectionConnection'], ParentType, ContextType, Partial<QueryConnectionsArgs>>;
  deadLetter?: Resolver<Maybe<ResolversTypes['DeadLetter']>, ParentType, ContextType, RequireFields<QueryDeadLetterArgs, 'id'>>;
  deadLetters?: Resolver<ResolversTypes['DeadLetterConnection'], ParentType, ContextType, Partial<QueryDeadLettersArgs>>;
  driftEvent?: Resolver<Maybe<ResolversTypes['DriftEvent']>, ParentType, ContextType, RequireFields<QueryDriftEventArgs, 'id'>>;
  driftEvents?: Resolver<ResolversTypes['DriftEventConnection'], ParentType, ContextType, Partial<QueryDriftEventsArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  integrations?: Resolver<Array<ResolversTypes['Integration']>, ParentType, ContextType, Partial<QueryIntegrationsArgs>>;
  mappingPreview?: Resolver<ResolversTypes['MappingPreview'], ParentType, ContextType, RequireFields<QueryMappingPreviewArgs, 'input'>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  record?: Resolver<Maybe<ResolversTypes['CanonicalRecord']>, ParentType, ContextType, RequireFields<QueryRecordArgs, 'id'>>;
  recordBySource?: Resolver<Maybe<ResolversTypes['CanonicalRecord']>, ParentType, ContextType, RequireFields<QueryRecordBySourceArgs, 'connectionId' | 'externalId'>>;
  records?: Resolver<ResolversTypes['CanonicalRecordConnection'], ParentType, ContextType, Partial<QueryRecordsArgs>>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType, RequireFields<QueryRunArgs, 'id'>>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<QueryRunsArgs>>;
  supportDeadLetters?: Resolver<ResolversTypes['SupportDeadLetterConnection'], ParentType, ContextType, Partial<QuerySupportDeadLettersArgs>>;
  sync?: Resolver<Maybe<ResolversTypes['Sync']>, ParentType, ContextType, RequireFields<QuerySyncArgs, 'id'>>;
  syncs?: Resolver<ResolversTypes['SyncConnection'], ParentType, ContextType, Partial<QuerySyncsArgs>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhookSubscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType, RequireFields<QueryWebhookSubscriptionArgs, 'id'>>;
  webhookSubscriptions?: Resolver<ResolversTypes['WebhookSubscriptionConnection'], ParentType, ContextType, Partial<QueryWebhookSubscriptionsArgs>>;
};

export type ReconciliationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Reconciliation'] = ResolversParentTypes['Reconciliation']> = {
  checks?: Resolver<Array<ResolversTypes['ReconciliationCheck']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReconciliationCheckResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReconciliationCheck'] = ResolversParentTypes['ReconciliationCheck']> = {
  actual?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReconnectPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReconnectPayload'] = ResolversParentTypes['ReconnectPayload']> = {
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connection?: Resolver<ResolversTypes['Connection'], ParentType, ContextType>;
};

export type RecordDeliveryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RecordDeliveryEdge'] = ResolversParentTypes['RecordDeliveryEdge']> = {
  deliveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
};

export type RecordSourceEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RecordSourceEdge'] = ResolversParentTypes['RecordSourceEdge']> = {
  connection?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mappingVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  seenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sync?: Resolver<Maybe<ResolversTypes['Sync']>, ParentType, ContextType>;
};

export type RecordVersionLineageResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RecordVersionLineage'] = ResolversParentTypes['RecordVersionLineage']> = {
  deliveries?: Resolver<Array<ResolversTypes['RecordDeliveryEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['RecordSourceEdge']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload']> = {
  removedMemberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReplayDeadLettersPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReplayDeadLettersPayload'] = ResolversParentTypes['ReplayDeadLettersPayload']> = {
  replayedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  skippedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillOpenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, OWNER?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RunResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Run'] = ResolversParentTypes['Run']> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['RunCounts'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['RunDelivery']>, ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RunError']>, ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['DeadLetterConnection'], ParentType, ContextType, Partial<RunFailuresArgs>>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappingVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SyncMode'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reconciliation?: Resolver<Maybe<ResolversTypes['Reconciliation']>, ParentType, ContextType>;
  sourceChecksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  sync?: Resolver<ResolversTypes['Sync'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['RunTrigger'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RunConnection'] = ResolversParentTypes['RunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RunCountsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RunCounts'] = ResolversParentTypes['RunCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunDeliveryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RunDelivery'] = ResolversParentTypes['RunDelivery']> = {
  checksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Connection']>, ParentType, ContextType>;
  destinationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pushed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RunEdge'] = ResolversParentTypes['RunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type RunErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RunError'] = ResolversParentTypes['RunError']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any }, ResolversTypes['RunStatus']>;

export type RunTriggerResolvers = EnumResolverSignature<{ MANUAL?: any, REPLAY?: any, SCHEDULE?: any, WEBHOOK?: any }, ResolversTypes['RunTrigger']>;

export type StartOAuthConnectPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StartOAuthConnectPayload'] = ResolversParentTypes['StartOAuthConnectPayload']> = {
  authorizationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupportDeadLetterResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportDeadLetter'] = ResolversParentTypes['SupportDeadLetter']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['DeadLetterError'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  runId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DeadLetterStage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeadLetterStatus'], ParentType, ContextType>;
  syncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['SupportTenant'], ParentType, ContextType>;
};

export type SupportDeadLetterConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportDeadLetterConnection'] = ResolversParentTypes['SupportDeadLetterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportDeadLetterEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SupportDeadLetter']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SupportDeadLetterEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportDeadLetterEdge'] = ResolversParentTypes['SupportDeadLetterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportDeadLetter'], ParentType, ContextType>;
};

export type SupportReplayPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportReplayPayload'] = ResolversParentTypes['SupportReplayPayload']> = {
  replayedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillOpenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tenants?: Resolver<Array<ResolversTypes['SupportReplayTenant']>, ParentType, ContextType>;
};

export type SupportReplayTenantResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportReplayTenant'] = ResolversParentTypes['SupportReplayTenant']> = {
  replayedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillOpenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['SupportTenant'], ParentType, ContextType>;
};

export type SupportTenantResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SupportTenant'] = ResolversParentTypes['SupportTenant']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SyncResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Sync'] = ResolversParentTypes['Sync']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destinations?: Resolver<Array<ResolversTypes['Connection']>, ParentType, ContextType>;
  driftPolicy?: Resolver<ResolversTypes['DriftPolicy'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['MappingVersion'], ParentType, ContextType>;
  mappingHistory?: Resolver<Array<ResolversTypes['MappingVersion']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SyncMode'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pausedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<SyncRunsArgs>>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slaMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Connection'], ParentType, ContextType>;
  sourceStream?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SyncConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SyncConnection'] = ResolversParentTypes['SyncConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SyncEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Sync']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SyncEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SyncEdge'] = ResolversParentTypes['SyncEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sync'], ParentType, ContextType>;
};

export type SyncModeResolvers = EnumResolverSignature<{ FULL?: any, INCREMENTAL?: any }, ResolversTypes['SyncMode']>;

export type SyncStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, PAUSED?: any }, ResolversTypes['SyncStatus']>;

export type TenantResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  isStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['ViewerMembership']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ViewerMembershipResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ViewerMembership'] = ResolversParentTypes['ViewerMembership']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookSubscriptionDeliveriesArgs>>;
  events?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookSubscriptionConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookSubscriptionConnection'] = ResolversParentTypes['WebhookSubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookSubscriptionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookSubscriptionEdge'] = ResolversParentTypes['WebhookSubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  ActorKind?: ActorKindResolvers;
  AddMemberPayload?: AddMemberPayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyScope?: ApiKeyScopeResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuthType?: AuthTypeResolvers;
  CanonicalRecord?: CanonicalRecordResolvers<ContextType>;
  CanonicalRecordConnection?: CanonicalRecordConnectionResolvers<ContextType>;
  CanonicalRecordEdge?: CanonicalRecordEdgeResolvers<ContextType>;
  ConnectSession?: ConnectSessionResolvers<ContextType>;
  Connection?: ConnectionResolvers<ContextType>;
  ConnectionConnection?: ConnectionConnectionResolvers<ContextType>;
  ConnectionEdge?: ConnectionEdgeResolvers<ContextType>;
  ConnectionStatus?: ConnectionStatusResolvers;
  ConnectionTestResult?: ConnectionTestResultResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeadLetter?: DeadLetterResolvers<ContextType>;
  DeadLetterConnection?: DeadLetterConnectionResolvers<ContextType>;
  DeadLetterEdge?: DeadLetterEdgeResolvers<ContextType>;
  DeadLetterError?: DeadLetterErrorResolvers<ContextType>;
  DeadLetterStage?: DeadLetterStageResolvers;
  DeadLetterStatus?: DeadLetterStatusResolvers;
  DiscardDeadLettersPayload?: DiscardDeadLettersPayloadResolvers<ContextType>;
  DriftEvent?: DriftEventResolvers<ContextType>;
  DriftEventConnection?: DriftEventConnectionResolvers<ContextType>;
  DriftEventEdge?: DriftEventEdgeResolvers<ContextType>;
  DriftPolicy?: DriftPolicyResolvers;
  DriftStatus?: DriftStatusResolvers;
  FieldError?: FieldErrorResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Integration?: IntegrationResolvers<ContextType>;
  IntegrationStream?: IntegrationStreamResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MappingPreview?: MappingPreviewResolvers<ContextType>;
  MappingPreviewSample?: MappingPreviewSampleResolvers<ContextType>;
  MappingVersion?: MappingVersionResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reconciliation?: ReconciliationResolvers<ContextType>;
  ReconciliationCheck?: ReconciliationCheckResolvers<ContextType>;
  ReconnectPayload?: ReconnectPayloadResolvers<ContextType>;
  RecordDeliveryEdge?: RecordDeliveryEdgeResolvers<ContextType>;
  RecordSourceEdge?: RecordSourceEdgeResolvers<ContextType>;
  RecordVersionLineage?: RecordVersionLineageResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  ReplayDeadLettersPayload?: ReplayDeadLettersPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  Run?: RunResolvers<ContextType>;
  RunConnection?: RunConnectionResolvers<ContextType>;
  RunCounts?: RunCountsResolvers<ContextType>;
  RunDelivery?: RunDeliveryResolvers<ContextType>;
  RunEdge?: RunEdgeResolvers<ContextType>;
  RunError?: RunErrorResolvers<ContextType>;
  RunStatus?: RunStatusResolvers;
  RunTrigger?: RunTriggerResolvers;
  StartOAuthConnectPayload?: StartOAuthConnectPayloadResolvers<ContextType>;
  SupportDeadLetter?: SupportDeadLetterResolvers<ContextType>;
  SupportDeadLetterConnection?: SupportDeadLetterConnectionResolvers<ContextType>;
  SupportDeadLetterEdge?: SupportDeadLetterEdgeResolvers<ContextType>;
  SupportReplayPayload?: SupportReplayPayloadResolvers<ContextType>;
  SupportReplayTenant?: SupportReplayTenantResolvers<ContextType>;
  SupportTenant?: SupportTenantResolvers<ContextType>;
  Sync?: SyncResolvers<ContextType>;
  SyncConnection?: SyncConnectionResolvers<ContextType>;
  SyncEdge?: SyncEdgeResolvers<ContextType>;
  SyncMode?: SyncModeResolvers;
  SyncStatus?: SyncStatusResolvers;
  Tenant?: TenantResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerMembership?: ViewerMembershipResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionConnection?: WebhookSubscriptionConnectionResolvers<ContextType>;
  WebhookSubscriptionEdge?: WebhookSubscriptionEdgeResolvers<ContextType>;
};


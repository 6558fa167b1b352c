/** The GraphQL documents of the partner scenario, and the shapes they return. */
export const createApiKey = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes } } }`;
export interface CreateApiKeyResult {
  createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } };
}

export const integrations = `{ integrations(category: "crm") { key authType } }`;

export const createConnection = `mutation($input: CreateConnectionInput!) { createConnection(input: $input) { id status } }`;

export const createSync = `mutation($input: CreateSyncInput!) { createSync(input: $input) { id status } }`;

export const triggerSyncRun = `mutation($id: ID!) { triggerSyncRun(id: $id) { id status } }`;

export const runDetail = `query($id: ID!) { run(id: $id) { id status trigger counts { read created updated unchanged failed } sourceChecksum reconciliation { ok checks { name ok } } error { code message } } }`;
export interface RunDetail {
  id: string;
  status: string;
  trigger: string;
  counts: { read: number; created: number; updated: number; unchanged: number; failed: number };
  reconciliation: { ok: boolean } | null;
  error: { code: string | null; message: string } | null;
}

export const runsPage = `query($syncId: ID!, $after: String) { runs(first: 1, after: $after, filter: { syncId: $syncId }) { edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
export interface RunsPage {
  runs: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export const firstRecord = `{ records(first: 1, filter: { model: "contact" }) { nodes { id } } }`;

export const recordLineage = `query($id: ID!) { record(id: $id) { id identity version data lineage { version sources { externalId sourceHash mappingVersion connection { id } run { id } } deliveries { idempotencyKey } } } }`;
export interface RecordLineage {
  record: { id: string; lineage: { version: number; sources: { externalId: string; connection: { id: string }; run: { id: string } }[] }[] };
}

export const recordBySource = `query($connectionId: ID!, $externalId: String!) { recordBySource(connectionId: $connectionId, externalId: $externalId) { id } }`;

export const deadLetters = `query($syncId: ID!) { deadLetters(first: 100, filter: { syncId: $syncId }) { nodes { id stage externalId payload error { code message path } } } }`;
export interface DeadLetters {
  deadLetters: { nodes: { id: string; stage: string; externalId: string; payload: unknown; error: { code: string; message: string; path: string | null } }[] };
}

export const updateSync = `mutation($id: ID!, $input: UpdateSyncInput!) { updateSync(id: $id, input: $input) { id mapping { version spec } } }`;

export const mappingPreview = `query($input: MappingPreviewInput!) { mappingPreview(input: $input) { samples { externalId identity mapped stage errors { field message } } } }`;
export interface Preview {
  mappingPreview: { samples: { externalId: string; mapped: unknown }[] };
}

export const recordBySourceWithLineage = `query($connectionId: ID!, $externalId: String!) { recordBySource(connectionId: $connectionId, externalId: $externalId) { id identity lineage { version sources { mappingVersion run { id } } } } }`;

export const replayDeadLetter = `mutation($id: ID!) { replayDeadLetter(id: $id) { replayedCount stillOpenCount skippedCount runs { id trigger status } } }`;
export interface ReplayResult {
  replayDeadLetter: { replayedCount: number; stillOpenCount: number; runs: { id: string; trigger: string }[] };
}

export const deadLetter = `query($id: ID!) { deadLetter(id: $id) { status attempts replayRun { id } } }`;

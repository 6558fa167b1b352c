import { encodeId } from '../graphql/global-id';
import type { TenantFixture } from './tenant-fixture';

/** One operation called by tenant A with tenant B's ids (`b`); `a` is the caller's own fixture. */
export interface CrossTenantOperation {
  name: string;
  /** the root field */
  field: string;
  query: string;
  variables: (b: TenantFixture, a: TenantFixture) => Record<string, unknown>;
}

const id = encodeId;

/** Every operation that takes an id (or a tenant-scoped key): each must answer NOT_FOUND. */
export const crossTenantOperations: CrossTenantOperation[] = [
  { name: 'node', field: 'node', query: 'query($id: ID!) { node(id: $id) { id } }', variables: (b) => ({ id: id('Run', b.runIds[0]!) }) },
  { name: 'connection', field: 'connection', query: 'query($id: ID!) { connection(id: $id) { id name } }', variables: (b) => ({ id: id('Connection', b.sourceId) }) },
  { name: 'sync', field: 'sync', query: 'query($id: ID!) { sync(id: $id) { id name } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: 'run', field: 'run', query: 'query($id: ID!) { run(id: $id) { id counts { read } } }', variables: (b) => ({ id: id('Run', b.runIds[0]!) }) },
  { name: 'record', field: 'record', query: 'query($id: ID!) { record(id: $id) { id data } }', variables: (b) => ({ id: id('CanonicalRecord', b.recordId) }) },
  { name: 'recordBySource', field: 'recordBySource', query: 'query($c: ID!, $e: String!) { recordBySource(connectionId: $c, externalId: $e) { id } }', variables: (b) => ({ c: id('Connection', b.sourceId), e: `ext-${b.slug}` }) },
  { name: 'deadLetter', field: 'deadLetter', query: 'query($id: ID!) { deadLetter(id: $id) { id payload } }', variables: (b) => ({ id: id('DeadLetter', b.deadLetterId) }) },
  { name: 'webhookSubscription', field: 'webhookSubscription', query: 'query($id: ID!) { webhookSubscription(id: $id) { id url } }', variables: (b) => ({ id: id('WebhookSubscription', b.webhookSubscriptionId) }) },
  { name: 'driftEvent', field: 'driftEvent', query: 'query($id: ID!) { driftEvent(id: $id) { id changes } }', variables: (b) => ({ id: id('DriftEvent', b.driftEventId) }) },
  { name: 'runs filtered by B sync', field: 'runs', query: 'query($s: ID!) { runs(first: 5, filter: { syncId: $s }) { nodes { id } } }', variables: (b) => ({ s: id('Sync', b.syncId) }) },
  { name: 'syncs filtered by B connection', field: 'syncs', query: 'query($c: ID!) { syncs(first: 5, filter: { sourceConnectionId: $c }) { nodes { id } } }', variables: (b) => ({ c: id('Connection', b.sourceId) }) },
  { name: 'connections filtered by B integration', field: 'connections', query: 'query($i: ID!) { connections(first: 5, filter: { integrationId: $i }) { nodes { id } } }', variables: (b) => ({ i: id('Integration', b.integrationId) }) },
  { name: 'deadLetters filtered by B run', field: 'deadLetters', query: 'query($r: ID!) { deadLetters(first: 5, filter: { runId: $r }) { nodes { id } } }', variables: (b) => ({ r: id('Run', b.runIds[0]!) }) },
  { name: 'deadLetters filtered by B sync', field: 'deadLetters', query: 'query($s: ID!) { deadLetters(first: 5, filter: { syncId: $s }) { nodes { id } } }', variables: (b) => ({ s: id('Sync', b.syncId) }) },
  { name: 'driftEvents filtered by B connection', field: 'driftEvents', query: 'query($c: ID!) { driftEvents(first: 5, filter: { connectionId: $c }) { nodes { id } } }', variables: (b) => ({ c: id('Connection', b.sourceId) }) },
  { name: 'revokeApiKey', field: 'revokeApiKey', query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: (b) => ({ id: id('ApiKey', b.apiKeyId) }) },
  { name: 'changeMemberRole', field: 'changeMemberRole', query: 'mutation($id: ID!) { changeMemberRole(input: { memberId: $id, role: VIEWER }) { id } }', variables: (b) => ({ id: id('Member', b.memberIds.admin) }) },
  { name: 'removeMember', field: 'removeMember', query: 'mutation($id: ID!) { removeMember(memberId: $id) { removedMemberId } }', variables: (b) => ({ id: id('Member', b.memberIds.admin) }) },
  { name: 'testConnection', field: 'testConnection', query: 'mutation($id: ID!) { testConnection(id: $id) { ok } }', variables: (b) => ({ id: id('Connection', b.sourceId) }) },
  { name: 'disconnect', field: 'disconnect', query: 'mutation($id: ID!) { disconnect(id: $id) { id } }', variables: (b) => ({ id: id('Connection', b.sourceId) }) },
  { name: 'reconnect', field: 'reconnect', query: 'mutation($id: ID!) { reconnect(input: { connectionId: $id, credentials: { type: "apiKey", apiKey: "x" } }) { authorizationUrl } }', variables: (b) => ({ id: id('Connection', b.sourceId) }) },
  { name: "createConnection with B's own integration", field: 'createConnection', query: 'mutation($k: String!) { createConnection(input: { integrationKey: $k, name: "x", credentials: { type: "apiKey", apiKey: "x" } }) { id } }', variables: (b) => ({ k: `own-${b.slug}` }) },
  { name: "startOAuthConnect with B's own integration", field: 'startOAuthConnect', query: 'mutation($k: String!) { startOAuthConnect(input: { integrationKey: $k }) { authorizationUrl } }', variables: (b) => ({ k: `own-${b.slug}` }) },
  { name: "createConnectSession with B's own integration", field: 'createConnectSession', query: 'mutation($k: String!) { createConnectSession(input: { integrationKeys: [$k], returnUrl: "http://127.0.0.1:3000/done" }) { url } }', variables: (b) => ({ k: `own-${b.slug}` }) },
  { name: 'mappingPreview', field: 'mappingPreview', query: 'query($id: ID!) { mappingPreview(input: { syncId: $id }) { samples { externalId } } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: "createSync from B's connection", field: 'createSync', query: 'mutation($c: ID!) { createSync(input: { name: "x", sourceConnectionId: $c, sourceStream: "contacts", model: "contact" }) { id } }', variables: (b) => ({ c: id('Connection', b.sourceId) }) },
  { name: "createSync to B's destination", field: 'createSync', query: 'mutation($c: ID!, $d: ID!) { createSync(input: { name: "x", sourceConnectionId: $c, sourceStream: "contacts", model: "contact", destinationConnectionIds: [$d] }) { id } }', variables: (b, a) => ({ c: id('Connection', a.sourceId), d: id('Connection', b.destinationId) }) },
  { name: 'updateSync', field: 'updateSync', query: 'mutation($id: ID!) { updateSync(id: $id, input: { name: "stolen" }) { id } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: 'pauseSync', field: 'pauseSync', query: 'mutation($id: ID!) { pauseSync(id: $id) { id } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: 'resumeSync', field: 'resumeSync', query: 'mutation($id: ID!) { resumeSync(id: $id) { id } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: 'triggerSyncRun', field: 'triggerSyncRun', query: 'mutation($id: ID!) { triggerSyncRun(id: $id) { id } }', variables: (b) => ({ id: id('Sync', b.syncId) }) },
  { name: 'replayDeadLetter', field: 'replayDeadLetter', query: 'mutation($id: ID!) { replayDeadLetter(id: $id) { replayedCount } }', variables: (b) => ({ id: id('DeadLetter', b.deadLetterId) }) },
  { name: 'replayDeadLetters (one of them B)', field: 'replayDeadLetters', query: 'mutation($ids: [ID!]!) { replayDeadLetters(ids: $ids) { replayedCount } }', variables: (b, a) => ({ ids: [id('DeadLetter', a.deadLetterId), id('DeadLetter', b.deadLetterId)] }) },
  { name: 'replayDeadLettersMatching B sync', field: 'replayDeadLettersMatching', query: 'mutation($s: ID!) { replayDeadLettersMatching(filter: { syncId: $s }) { replayedCount } }', variables: (b) => ({ s: id('Sync', b.syncId) }) },
  { name: 'discardDeadLetters (one of them B)', field: 'discardDeadLetters', query: 'mutation($ids: [ID!]!) { discardDeadLetters(ids: $ids) { discardedCount } }', variables: (b, a) => ({ ids: [id('DeadLetter', a.deadLetterId), id('DeadLetter', b.deadLetterId)] }) },
];

/** Operations that take no id: lists and creations in the caller's own tenant (their answers are checked for B's data). */
export const operationsWithoutIds: { field: string; query?: string; variables?: (b: TenantFixture, a: TenantFixture) => Record<string, unknown> }[] = [
  { field: 'health' },
  { field: 'viewer', query: '{ viewer { tenant { id slug } memberships { tenantId slug } } }' },
  { field: 'tenant', query: '{ tenant { id slug name } }' },
  { field: 'members', query: '{ members(first: 100) { nodes { id user { id email } } } }' },
  { field: 'apiKeys', query: '{ apiKeys(first: 100, includeRevoked: true) { nodes { id prefix } } }' },
  { field: 'auditLog', query: '{ auditLog(first: 100) { nodes { id targetId metadata } } }' },
  { field: 'integrations', query: '{ integrations { id key } }' },
  { field: 'connections', query: '{ connections(first: 100) { nodes { id name } } }' },
  { field: 'syncs', query: '{ syncs(first: 100) { nodes { id name } } }' },
  { field: 'runs', query: '{ runs(first: 100) { nodes { id } } }' },
  { field: 'records', query: '{ records(first: 100) { nodes { id identity } } }' },
  { field: 'deadLetters', query: '{ deadLetters(first: 100, filter: { status: [OPEN, REPLAYED, DISCARDED] }) { nodes { id externalId } } }' },
  { field: 'webhookSubscriptions', query: '{ webhookSubscriptions(first: 100) { nodes { id url } } }' },
  { field: 'driftEvents', query: '{ driftEvents(first: 100) { nodes { id } } }' },
  { field: 'createApiKey' },
  { field: 'addMember' },
  { field: 'registerOAuthIntegration' },
  { field: 'supportDeadLetters' },
  { field: 'supportReplayDeadLetters' },
];

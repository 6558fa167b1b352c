import { seedIntegrationCatalog } from '@tributary/core/catalog';
import { createCredentialCipher, parseCredentialKeys } from '@tributary/core/credentials';
import { startSandboxCrm } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../graphql/global-id';
import { startTestApi, type GraphqlReply, type TestApi } from '../testing/api-harness';
import { seedTenantFixture, type TenantFixture } from '../testing/tenant-fixture';

let t: TestApi;
let a: TenantFixture;
let crm: Awaited<ReturnType<typeof startSandboxCrm>>;
let owner: string;

beforeAll(async () => {
  t = await startTestApi('apicommands');
  crm = await startSandboxCrm({ port: 0, counts: { contacts: 12, companies: 2, deals: 2 } });
  const cipher = createCredentialCipher(parseCredentialKeys(t.config.CREDENTIAL_KEYS));
  await seedIntegrationCatalog(t.privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: 'http://127.0.0.1:9', oauthClients: { 'sandbox-crm': { clientId: 'sandbox-crm-client', clientSecret: 'sandbox-crm-secret' } }, cipher });
  a = await seedTenantFixture(t.privilegedDb, 'cmd-a');
  owner = await t.sessionToken({ userId: a.users.owner, tenantId: a.tenantId, role: 'owner', staff: false });
});
afterAll(async () => {
  await crm?.close();
  await t?.close();
});

async function call(query: string, variables: Record<string, unknown> = {}, token = owner): Promise<GraphqlReply['body']> {
  return (await t.graphql(query, variables, { token })).body;
}
const data = <T>(body: GraphqlReply['body']): T => {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
};

let connectionId: string;
let syncId: string;

describe('connections', () => {
  it('creates an API-key connection after a test call, refusing a wrong key per field', async () => {
    const wrong = await call('mutation { createConnection(input: { integrationKey: "sandbox-crm-token", name: "CRM", credentials: { type: "apiKey", apiKey: "nope" } }) { id } }');
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'credentials' }] });
    const created = data<{ createConnection: { id: string; status: string; integration: { key: string } } }>(
      await call('mutation { createConnection(input: { integrationKey: "sandbox-crm-token", name: "CRM", credentials: { type: "apiKey", apiKey: "pat-sandbox-crm" } }) { id status integration { key } } }'),
    );
    expect(created.createConnection).toMatchObject({ status: 'ACTIVE', integration: { key: 'sandbox-crm-token' } });
    connectionId = created.createConnection.id;
  });

  it('tests, reconnects with new credentials, and starts OAuth connects and connect sessions', async () => {
    expect(data<{ testConnection: unknown }>(await call('mutation($id: ID!) { testConnection(id: $id) { ok message connection { status } } }', { id: connectionId })).testConnection).toEqual({ ok: true, message: null, connection: { status: 'ACTIVE' } });
    const reconnected = data<{ reconnect: unknown }>(await call('mutation($id: ID!) { reconnect(input: { connectionId: $id, credentials: { type: "apiKey", apiKey: "pat-sandbox-crm" } }) { authorizationUrl connection { status } } }', { id: connectionId }));
    expect(reconnected.reconnect).toEqual({ authorizationUrl: null, connection: { status: 'ACTIVE' } });
    const started = data<{ startOAuthConnect: { authorizationUrl: string; expiresAt: string } }>(await call('mutation { startOAuthConnect(input: { integrationKey: "sandbox-crm", name: "CRM via OAuth" }) { authorizationUrl expiresAt } }'));
    expect(started.startOAuthConnect.authorizationUrl.startsWith(`${crm.url}/oauth/authorize?`)).toBe(true);
    expect(new URL(started.startOAuthConnect.authorizationUrl).searchParams.get('redirect_uri')).toBe(`${t.api.url}/oauth/callback`);
    const offList = await call('mutation { startOAuthConnect(input: { integrationKey: "sandbox-crm", returnUrl: "https://evil.test/x" }) { authorizationUrl } }');
    expect(offList.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.returnUrl' }] });
    const session = data<{ createConnectSession: { url: string } }>(await call('mutation { createConnectSession(input: { integrationKeys: ["sandbox-crm"], returnUrl: "http://127.0.0.1:3000/apps" }) { url expiresAt } }'));
    const page = await fetch(session.createConnectSession.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Connect Sandbox CRM');
  });

  it('registers a tenant OAuth integration (admin) and disconnects', async () => {
    const registered = data<{ registerOAuthIntegration: unknown }>(
      await call(`mutation { registerOAuthIntegration(input: { key: "own-crm", label: "Our CRM app", connectorId: "sandbox-crm", clientId: "c", clientSecret: "s", defaultSettings: { baseUrl: "${crm.url}" } }) { key label custom authType } }`),
    );
    expect(registered.registerOAuthIntegration).toEqual({ key: 'own-crm', label: 'Our CRM app', custom: true, authType: 'OAUTH2' });
    const other = data<{ createConnection: { id: string } }>(await call('mutation { createConnection(input: { integrationKey: "sandbox-crm-token", name: "to drop", credentials: { type: "apiKey", apiKey: "pat-sandbox-crm" } }) { id } }'));
    const dropped = data<{ disconnect: unknown }>(await call('mutation($id: ID!) { disconnect(id: $id) { status statusReason } }', { id: other.createConnection.id }));
    expect(dropped.disconnect).toEqual({ status: 'DISABLED', statusReason: 'disconnected' });
  });
});

describe('syncs', () => {
  it('creates a sync, with per-field errors for invalid input', async () => {
    const invalid = await call('mutation($c: ID!) { createSync(input: { name: "", sourceConnectionId: $c, sourceStream: "contacts", model: "contact", schedule: "often" }) { id } }', { c: connectionId });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((invalid.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['name', 'schedule']);
    const created = data<{ createSync: { id: string; status: string; mapping: { version: number }; source: { id: string } } }>(
      await call('mutation($c: ID!) { createSync(input: { name: "Contacts", sourceConnectionId: $c, sourceStream: "contacts", model: "contact", schedule: "*/15 * * * *" }) { id status schedule mapping { version } source { id } } }', { c: connectionId }),
    );
    expect(created.createSync).toMatchObject({ status: 'ACTIVE', mapping: { version: 1 }, source: { id: connectionId } });
    syncId = created.createSync.id;
  });

  it('updates it (a new mapping makes a new version), previews a mapping, pauses, resumes and triggers runs', async () => {
    const badMapping = await call('mutation($id: ID!) { updateSync(id: $id, input: { mapping: { fields: { nope: {} } } }) { id } }', { id: syncId });
    expect(badMapping.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'mapping.fields.nope' }] });
    const mapping = { fields: { firstName: { transforms: ['uppercase'] } } };
    const updated = data<{ updateSync: unknown }>(await call('mutation($id: ID!, $m: JSON) { updateSync(id: $id, input: { name: "Contacts (upper)", schedule: null, mapping: $m }) { name schedule mapping { version } mappingHistory { version } } }', { id: syncId, m: mapping }));
    expect(updated.updateSync).toEqual({ name: 'Contacts (upper)', schedule: null, mapping: { version: 2 }, mappingHistory: [{ version: 2 }, { version: 1 }] });
    const preview = data<{ mappingPreview: { samples: { mapped: { firstName: string } | null; errors: unknown[] }[] } }>(await call('query($id: ID!) { mappingPreview(input: { syncId: $id, sampleSize: 3 }) { samples { externalId mapped identity stage errors { field } } } }', { id: syncId }));
    expect(preview.mappingPreview.samples).toHaveLength(3);
    const named = preview.mappingPreview.samples.find((s) => s.mapped?.firstName);
    expect(named?.mapped?.firstName).toBe(named?.mapped?.firstName.toUpperCase());

    expect(data<{ pauseSync: unknown }>(await call('mutation($id: ID!) { pauseSync(id: $id, reason: "maintenance") { status pausedReason } }', { id: syncId })).pauseSync).toEqual({ status: 'PAUSED', pausedReason: 'maintenance' });
    expect((await call('mutation($id: ID!) { triggerSyncRun(id: $id) { id } }', { id: syncId })).errors?.[0]?.extensions?.code).toBe('PRECONDITION_FAILED');
    expect(data<{ resumeSync: unknown }>(await call('mutation($id: ID!) { resumeSync(id: $id) { status } }', { id: syncId })).resumeSync).toEqual({ status: 'ACTIVE' });
    const run = data<{ triggerSyncRun: { id: string; status: string; trigger: string; sync: { id: string } } }>(await call('mutation($id: ID!) { triggerSyncRun(id: $id, mode: FULL) { id status trigger mode sync { id } } }', { id: syncId }));
    expect(run.triggerSyncRun).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL', mode: 'FULL', sync: { id: syncId } });
    const again = data<{ triggerSyncRun: { id: string } }>(await call('mutation($id: ID!) { triggerSyncRun(id: $id) { id } }', { id: syncId }));
    expect(again.triggerSyncRun.id).toBe(run.triggerSyncRun.id);
    const audit = data<{ auditLog: { nodes: { action: string }[] } }>(await call('{ auditLog(first: 20) { nodes { action } } }'));
    expect(audit.auditLog.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['sync.update', 'sync.run.request', 'connection.create']));
  });
});

describe('dead letters', () => {
  it('replays one, many and by filter, and support staff replay across tenants (audited)', async () => {
    const none = data<{ replayDeadLettersMatching: unknown }>(await call('mutation { replayDeadLettersMatching(filter: { errorCode: "no-such-code" }) { replayedCount stillOpenCount skippedCount runs { id } } }'));
    expect(none.replayDeadLettersMatching).toEqual({ replayedCount: 0, stillOpenCount: 0, skippedCount: 0, runs: [] });
    const one = data<{ replayDeadLetter: { replayedCount: number; stillOpenCount: number; runs: { trigger: string }[] } }>(
      await call('mutation($id: ID!) { replayDeadLetter(id: $id) { replayedCount stillOpenCount runs { trigger } } }', { id: encodeId('DeadLetter', a.deadLetterId) }),
    );
    expect(one.replayDeadLetter.replayedCount + one.replayDeadLetter.stillOpenCount).toBe(1);
    expect(one.replayDeadLetter.runs.map((r) => r.trigger)).toEqual(['REPLAY']);
    const many = data<{ replayDeadLetters: { skippedCount: number } }>(await call('mutation($ids: [ID!]!) { replayDeadLetters(ids: $ids) { skippedCount } }', { ids: [encodeId('DeadLetter', a.deadLetterId)] }));
    expect(many.replayDeadLetters.skippedCount).toBe(one.replayDeadLetter.replayedCount);

    const staff = await t.privilegedDb.user.create({ data: { email: 'support-cmd@tributary.test', name: 'Support', isStaff: true } });
    const staffToken = await t.sessionToken({ userId: staff.id, tenantId: null, role: null, staff: true });
    const refused = await call('mutation { supportReplayDeadLetters(filter: {}) { replayedCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const replayed = data<{ supportReplayDeadLetters: { tenants: { tenant: { slug: string } }[] } }>(
      await call('mutation($t: ID!) { supportReplayDeadLetters(filter: { tenantId: $t }) { replayedCount stillOpenCount tenants { tenant { slug } replayedCount } } }', { t: encodeId('Tenant', a.tenantId) }, staffToken),
    );
    // the fixture's letter (an invalid email) fails again, so it is still open for staff to replay
    expect(one.replayDeadLetter.stillOpenCount).toBe(1);
    expect(replayed.supportReplayDeadLetters.tenants.map((x) => x.tenant.slug)).toEqual(['cmd-a']);
    const audit = await t.privilegedDb.auditLog.findMany({ where: { tenantId: a.tenantId, action: 'support.dead_letter.replay' } });
    expect(audit).toMatchObject([{ actorKind: 'staff', actorId: staff.id }]);

    const discarded = data<{ discardDeadLetters: unknown }>(await call('mutation($ids: [ID!]!) { discardDeadLetters(ids: $ids, reason: "bad data at the source") { discardedCount } }', { ids: [encodeId('DeadLetter', a.deadLetterId)] }));
    expect(discarded.discardDeadLetters).toEqual({ discardedCount: 1 });
    const after = data<{ deadLetter: unknown }>(await call('query($id: ID!) { deadLetter(id: $id) { status } }', { id: encodeId('DeadLetter', a.deadLetterId) }));
    expect(after.deadLetter).toEqual({ status: 'DISCARDED' });
  });
});

/**
 * A partner integrates through the public GraphQL API with a real GraphQL client
 * (graphql-request): API key, API-key connection to the sandbox CRM, sync, run, runs
 * paging, lineage, dead-letter replay. The API and the worker run in-process against a
 * fresh database; the CRM is the sandbox.
 */
import { randomBytes } from 'node:crypto';
import { seedIntegrationCatalog } from '@tributary/core/catalog';
import { hashPassword } from '@tributary/core/auth';
import { createCredentialCipher, parseCredentialKeys } from '@tributary/core/credentials';
import type { PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { startSandboxCrm } from '@tributary/sandbox';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEnvSchema } from '../../apps/api/src/config';
import { startApi, type RunningApi } from '../../apps/api/src/server';
import { workerEnvSchema } from '../../apps/worker/src/config';
import { startWorker, type RunningWorker } from '../../apps/worker/src/worker';
import * as ops from './partner-operations';

const cleanups: (() => Promise<unknown>)[] = [];
let database: TestDatabase;
let privilegedDb: PrismaClient;
let api: RunningApi;
let worker: RunningWorker;
let crm: Awaited<ReturnType<typeof startSandboxCrm>>;
const owner = { email: 'owner@partner.test', password: 'partner-owner-password', tenantSlug: 'partner-co' };

beforeAll(async () => {
  database = await createTestDatabase('partner');
  cleanups.push(() => database.drop());
  privilegedDb = createPrivilegedClient(database.adminUrl);
  cleanups.push(() => privilegedDb.$disconnect());
  // about 1 contact in 8 comes back malformed: those become dead letters
  crm = await startSandboxCrm({ port: 0, counts: { contacts: 80, companies: 5, deals: 5 }, malformedRate: 0.12 });
  cleanups.push(() => crm.close());
  const credentialKeys = `k1:${randomBytes(32).toString('base64')}`;
  await seedIntegrationCatalog(privilegedDb, { sandboxCrmUrl: crm.url, sandboxErpUrl: 'http://127.0.0.1:9', cipher: createCredentialCipher(parseCredentialKeys(credentialKeys)) });
  const tenant = await privilegedDb.tenant.create({ data: { slug: owner.tenantSlug, name: 'Partner Co' } });
  const user = await privilegedDb.user.create({ data: { email: owner.email, name: 'Owner', passwordHash: await hashPassword(owner.password) } });
  await privilegedDb.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: 'owner' } });

  const env = { DATABASE_URL: database.adminUrl, APP_DATABASE_URL: database.appUrl, CREDENTIAL_KEYS: credentialKeys, NODE_ENV: 'test' };
  api = await startApi(apiEnvSchema.parse({ ...env, API_PORT: '0', SESSION_SIGNING_SECRET: randomBytes(32).toString('base64url') }));
  cleanups.push(() => api.close());
  worker = await startWorker(workerEnvSchema.parse({ ...env, WORKER_MONITOR_SECONDS: '1' }));
  cleanups.push(() => worker.stop());
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((err) => console.error('cleanup failed', err));
});

async function waitForRun(client: GraphQLClient, runId: string): Promise<ops.RunDetail> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { run } = await client.request<{ run: ops.RunDetail }>(ops.runDetail, { id: runId });
    if (run.status === 'SUCCEEDED' || run.status === 'FAILED') return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('partner scenario over GraphQL (graphql-request)', () => {
  it('API key -> API-key connection -> sync -> run -> runs pages -> lineage -> dead-letter replay', async () => {
    // 1. the owner signs in (as the portal does) and creates an API key for the partner
    const signIn = await fetch(`${api.url}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) });
    const { token } = (await signIn.json()) as { token: string };
    const asOwner = new GraphQLClient(`${api.url}/graphql`, { headers: { authorization: `Bearer ${token}` } });
    const { createApiKey } = await asOwner.request<ops.CreateApiKeyResult>(ops.createApiKey, { input: { name: 'partner integration', scopes: ['READ', 'WRITE'] } });
    expect(createApiKey.secret.startsWith(`${createApiKey.apiKey.prefix}_`)).toBe(true);

    // 2. from here on the partner uses only its key
    const partner = new GraphQLClient(`${api.url}/graphql`, { headers: { authorization: `Bearer ${createApiKey.secret}` } });
    const { integrations } = await partner.request<{ integrations: { key: string; authType: string }[] }>(ops.integrations);
    expect(integrations).toContainEqual({ key: 'sandbox-crm-token', authType: 'API_KEY' });
    const refused = partner.request(ops.createConnection, { input: { integrationKey: 'sandbox-crm-token', name: 'CRM', credentials: { type: 'apiKey', apiKey: 'wrong-token' } } });
    await expect(refused).rejects.toBeInstanceOf(ClientError);
    const { createConnection } = await partner.request<{ createConnection: { id: string; status: string } }>(ops.createConnection, {
      input: { integrationKey: 'sandbox-crm-token', name: 'Sandbox CRM', credentials: { type: 'apiKey', apiKey: 'pat-sandbox-crm' } },
    });
    expect(createConnection.status).toBe('ACTIVE');

    // 3. a sync of contacts, with a per-field validation error first
    const invalid = await partner.request(ops.createSync, { input: { name: 'Contacts', sourceConnectionId: createConnection.id, sourceStream: 'contacts', model: 'contact', schedule: 'every minute' } }).catch((e: ClientError) => e);
    expect((invalid as ClientError).response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'schedule' }] });
    const { createSync } = await partner.request<{ createSync: { id: string; status: string } }>(ops.createSync, {
      input: { name: 'Contacts', sourceConnectionId: createConnection.id, sourceStream: 'contacts', model: 'contact', mode: 'FULL' },
    });
    expect(createSync.status).toBe('ACTIVE');

    // 4. trigger it twice and wait for both runs
    for (let i = 0; i < 2; i += 1) {
      const { triggerSyncRun } = await partner.request<{ triggerSyncRun: { id: string } }>(ops.triggerSyncRun, { id: createSync.id });
      const run = await waitForRun(partner, triggerSyncRun.id);
      expect(run.status).toBe('SUCCEEDED');
      expect(run.counts.read).toBe(80);
      expect(run.counts.failed).toBeGreaterThan(0);
      expect(run.reconciliation?.ok).toBe(true);
    }

    // 5. page through the runs with Relay cursors
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ops.RunsPage = await partner.request<ops.RunsPage>(ops.runsPage, { syncId: createSync.id, after });
      seen.push(...page.runs.edges.map((edge) => edge.node.id));
      if (!page.runs.pageInfo.hasNextPage) break;
      after = page.runs.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(2);

    // 6. a record and its lineage, found by the provider's id
    const { records } = await partner.request<{ records: { nodes: { id: string }[] } }>(ops.firstRecord);
    const { record } = await partner.request<ops.RecordLineage>(ops.recordLineage, { id: records.nodes[0]!.id });
    const source = record.lineage[0]!.sources[0]!;
    expect(source.connection.id).toBe(createConnection.id);
    expect(seen).toContain(source.run.id);
    const { recordBySource } = await partner.request<{ recordBySource: { id: string } }>(ops.recordBySource, { connectionId: createConnection.id, externalId: source.externalId });
    expect(recordBySource.id).toBe(record.id);

    // 7. dead letters: payload and error; fix the mapping (per-field errors first), preview it, replay one
    const { deadLetters } = await partner.request<ops.DeadLetters>(ops.deadLetters, { syncId: createSync.id });
    const letter = deadLetters.nodes.find((n) => n.stage === 'MAP' && (n.payload as { properties: { email: unknown } }).properties.email === 'not-an-email');
    expect(letter?.error).toMatchObject({ path: 'email' });
    const badMapping = await partner.request(ops.updateSync, { id: createSync.id, input: { mapping: { fields: { emial: {} } } } }).catch((e: ClientError) => e);
    expect((badMapping as ClientError).response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'mapping.fields.emial' }] });
    const fixed = `contact-${letter!.externalId}@partner.test`;
    const mapping = { fields: { email: { transforms: [{ op: 'map', values: { 'not-an-email': fixed }, otherwise: 'keep' }] } } };
    const { mappingPreview } = await partner.request<ops.Preview>(ops.mappingPreview, { input: { syncId: createSync.id, mapping, sampleSize: 5 } });
    expect(mappingPreview.samples).toHaveLength(5);
    const { updateSync } = await partner.request<{ updateSync: { mapping: { version: number } } }>(ops.updateSync, { id: createSync.id, input: { mapping } });
    expect(updateSync.mapping.version).toBe(2);
    const { replayDeadLetter } = await partner.request<ops.ReplayResult>(ops.replayDeadLetter, { id: letter!.id });
    expect(replayDeadLetter).toMatchObject({ replayedCount: 1, stillOpenCount: 0 });
    expect(replayDeadLetter.runs.map((r) => r.trigger)).toEqual(['REPLAY']);
    const { deadLetter } = await partner.request<{ deadLetter: { status: string; attempts: number; replayRun: { id: string } | null } }>(ops.deadLetter, { id: letter!.id });
    expect(deadLetter).toEqual({ status: 'REPLAYED', attempts: 2, replayRun: { id: replayDeadLetter.runs[0]!.id } });
    const replayed = await partner.request<{ recordBySource: { id: string; identity: string; lineage: { sources: { run: { id: string }; mappingVersion: number }[] }[] } }>(ops.recordBySourceWithLineage, {
      connectionId: createConnection.id,
      externalId: letter!.externalId,
    });
    expect(replayed.recordBySource.identity).toBe(fixed);
    expect(replayed.recordBySource.lineage[0]!.sources[0]).toMatchObject({ run: { id: replayDeadLetter.runs[0]!.id }, mappingVersion: 2 });
  });
});

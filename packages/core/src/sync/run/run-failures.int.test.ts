import { withTenant } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncConfig } from '../config/create-sync-config';
import { previewMapping } from '../config/preview-mapping';
import { pauseSync, resumeSync } from '../config/update-sync-config';
import { checkSyncSla } from '../sla/check-sync-sla';
import type { SyncLogEvent } from '../sync-deps';
import { startSyncFixture, waitForRun, type SyncFixture } from '../testing/sync-fixture';
import { requestSyncRun } from './request-sync-run';

const contacts = 3000;
let fx: SyncFixture;
const events: SyncLogEvent[] = [];

async function createContactsSync(extra: Record<string, unknown> = {}, sourceConnectionId = fx.tenant.crmConnectionId) {
  const { syncConfigId } = await createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
    name: `contacts ${Math.random()}`,
    sourceConnectionId,
    sourceStream: 'contacts',
    model: 'contact',
    destinationConnectionIds: [fx.tenant.warehouseConnectionId],
    ...extra,
  });
  return syncConfigId;
}

async function hubEvents(type: string) {
  return withTenant(fx.db, fx.tenant.tenantId, (tx) => tx.hubEvent.findMany({ where: { type } }));
}

beforeAll(async () => {
  fx = await startSyncFixture('runfail', { contacts });
  fx.deps.log = (event) => events.push(event);
  await fx.startWorker({ maxPages: 1, retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 200 }, httpRetry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 40 } });
});

afterAll(async () => {
  await fx?.close();
});

describe('failure handling', () => {
  it('retries a failing provider with backoff, honours Retry-After, then fails the run with the reason; the checkpoint keeps what committed', async () => {
    const syncConfigId = await createContactsSync();
    let armed = false;
    fx.deps.log = (event) => {
      events.push(event);
      if (event.type === 'page' && !armed) {
        armed = true;
        fx.crm.setFaults({ rate429: 1, retryAfterSeconds: 1 });
      }
    };
    const first = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    const failed = await waitForRun(fx.admin, first.runId);
    fx.crm.resetFaults();
    fx.deps.log = (event) => events.push(event);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'PROVIDER_RATE_LIMITED', attempt: 3 });
    expect(String(failed.error)).toMatch(/gave up after 3 attempts/);
    const retries = events.filter((e): e is Extract<SyncLogEvent, { type: 'retry' }> => e.type === 'retry' && e.runId === first.runId);
    expect(retries).toHaveLength(2);
    for (const retry of retries) expect(retry.delayMs).toBeGreaterThanOrEqual(1000);
    const committed = failed.createdCount as number;
    expect(committed).toBeGreaterThanOrEqual(1000);
    expect(committed).toBeLessThan(contacts);
    expect(await hubEvents('sync.run.failed')).toEqual([expect.objectContaining({ subjectId: first.runId })]);

    const second = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual', mode: 'full' }, fx.tenant.owner);
    const resumed = await waitForRun(fx.admin, second.runId);
    expect(resumed).toMatchObject({ status: 'succeeded', createdCount: contacts - committed, unchangedCount: committed });
    const warehouse = await fx.warehouseDb.query(`SELECT count(*)::int AS n FROM "${fx.tenant.warehouseSchema}".contact`);
    expect(warehouse.rows[0].n).toBe(contacts);
  });

  it('fails fast when the provider refuses the credentials (NEEDS_REAUTH), without retrying', async () => {
    const integration = await fx.privilegedDb.integration.findFirstOrThrow({ where: { key: 'sandbox-crm-token', tenantId: null } });
    const bad = await fx.privilegedDb.connection.create({
      data: { tenantId: fx.tenant.tenantId, integrationId: integration.id, name: 'Bad CRM', settings: {}, credentialsEnc: fx.cipher.encryptJson({ type: 'apiKey', apiKey: 'wrong' }), credentialsKeyId: 'k1' },
    });
    const syncConfigId = await createContactsSync({}, bad.id);
    const requested = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    const run = await waitForRun(fx.admin, requested.runId);
    expect(run).toMatchObject({ status: 'failed', errorCode: 'NEEDS_REAUTH', attempt: 1 });
    await fx.admin.query(`UPDATE connection SET status = 'needs_reauth' WHERE id = $1`, [bad.id]);
    const again = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    expect(await waitForRun(fx.admin, again.runId)).toMatchObject({ status: 'failed', errorCode: 'NEEDS_REAUTH', attempt: 1 });
  });

  it('dead-letters a record holding a NUL character (Postgres cannot store one) with its whole payload; the rest of the run lands', async () => {
    const response = await fetch(`${fx.crm.url}/crm/v3/objects/contacts`, {
      method: 'POST',
      headers: { authorization: 'Bearer pat-sandbox-crm', 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { email: 'nul.char@example.com', firstname: 'Ja\u0000ne', lastname: 'Doe' } }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const syncConfigId = await createContactsSync({ mode: 'full' });
    const requested = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    const run = await waitForRun(fx.admin, requested.runId);
    expect(run).toMatchObject({ status: 'succeeded', readCount: contacts + 1, failedCount: 1 });
    const letters = await fx.admin.query(`SELECT stage, "externalId", "errorPath", "errorMessage", payload FROM dead_letter WHERE "runId" = $1`, [requested.runId]);
    expect(letters.rows).toEqual([expect.objectContaining({ stage: 'validate', externalId: id, errorPath: 'firstName' })]);
    expect(letters.rows[0].errorMessage).toMatch(/firstName: contains a NUL character/);
    expect(letters.rows[0].payload.properties).toMatchObject({ firstname: 'Ja\\u0000ne', lastname: 'Doe', email: 'nul.char@example.com' });
  });
});

describe('configuration', () => {
  it('reports every invalid field', async () => {
    const attempt = createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
      name: 'x',
      sourceConnectionId: fx.tenant.crmConnectionId,
      sourceStream: 'invoices',
      model: 'contact',
      destinationConnectionIds: [fx.tenant.crmConnectionId],
      mapping: { fields: { nickname: { from: 'properties.nick' } } },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: expect.arrayContaining([expect.objectContaining({ field: 'sourceStream' }), expect.objectContaining({ field: 'mapping.fields.nickname' })]) },
    });
    await expect(createContactsSync({ schedule: 'every minute' })).rejects.toMatchObject({ details: { fields: [expect.objectContaining({ field: 'schedule' })] } });
  });

  it('registers the cron with pg-boss, removes it on pause and restores it on resume', async () => {
    const syncConfigId = await createContactsSync({ schedule: '*/5 * * * *', slaMinutes: 30 });
    const keys = async (queue: string) => (await fx.boss.getSchedules(queue)).map((s) => s.key);
    expect(await keys('sync.scheduled')).toContain(syncConfigId);
    expect(await keys('sync.sla-check')).toContain(syncConfigId);
    await pauseSync(fx.deps, fx.tenant.tenantId, fx.tenant.owner, syncConfigId, 'maintenance');
    expect(await keys('sync.scheduled')).not.toContain(syncConfigId);
    await expect(requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await resumeSync(fx.deps, fx.tenant.tenantId, fx.tenant.owner, syncConfigId);
    expect(await keys('sync.scheduled')).toContain(syncConfigId);
  });

  it('raises sync.sla.breached once when no run succeeded inside the SLA', async () => {
    const syncConfigId = await createContactsSync({ slaMinutes: 5 });
    const later = { ...fx.deps, now: () => new Date(Date.now() + 6 * 60_000) };
    expect(await checkSyncSla(fx.deps, fx.tenant.tenantId, syncConfigId)).toBe(false);
    expect(await checkSyncSla(later, fx.tenant.tenantId, syncConfigId)).toBe(true);
    expect(await checkSyncSla(later, fx.tenant.tenantId, syncConfigId)).toBe(false);
    expect((await hubEvents('sync.sla.breached')).map((e) => e.subjectId)).toEqual([syncConfigId]);
  });

  it('previews a mapping on live records without writing anything', async () => {
    const before = (await fx.admin.query(`SELECT count(*)::int AS n FROM canonical_record`)).rows[0].n;
    const preview = await previewMapping(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
      sourceConnectionId: fx.tenant.crmConnectionId,
      sourceStream: 'contacts',
      model: 'contact',
      mapping: { fields: { firstName: { transforms: ['uppercase'] }, 'custom.tier': { value: 'gold' } } },
      sampleSize: 3,
    });
    expect(preview.samples).toHaveLength(3);
    for (const sample of preview.samples) {
      expect(sample.mapped).toMatchObject({ custom: { tier: 'gold' } });
      expect(sample.mapped?.firstName).toBe(String(sample.mapped?.firstName).toUpperCase());
    }
    expect((await fx.admin.query(`SELECT count(*)::int AS n FROM canonical_record`)).rows[0].n).toBe(before);
  });
});

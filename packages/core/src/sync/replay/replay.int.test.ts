import { withTenant } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/index';
import { createSyncConfig } from '../config/create-sync-config';
import { updateSyncConfig } from '../config/update-sync-config';
import { requestSyncRun } from '../run/request-sync-run';
import { countWrittenSince, readXid, startSyncFixture, waitForRun, type SyncFixture } from '../testing/sync-fixture';
import { replayDeadLettersAsStaff } from './replay-as-staff';
import { replayDeadLetters } from './replay-dead-letters';

const contacts = 5000;
let fx: SyncFixture;
let syncConfigId: string;
let firstRun: Record<string, unknown>;
let malformed: string[];

async function openLetters() {
  const { rows } = await fx.admin.query(`SELECT "externalId", stage, "errorCode", "errorPath", "errorMessage", attempts, status FROM dead_letter WHERE "syncConfigId" = $1 ORDER BY "externalId"::int`, [syncConfigId]);
  return rows;
}

beforeAll(async () => {
  fx = await startSyncFixture('replay', { contacts, malformedRate: 0.02 });
  await fx.startWorker();
  ({ syncConfigId } = await createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
    name: 'contacts',
    sourceConnectionId: fx.tenant.crmConnectionId,
    sourceStream: 'contacts',
    model: 'contact',
    destinationConnectionIds: [fx.tenant.warehouseConnectionId],
  }));
  const requested = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
  firstRun = await waitForRun(fx.admin, requested.runId);
  malformed = Array.from({ length: contacts }, (_, i) => String(i + 1)).filter((id) => fx.crm.isMalformed('contacts', id));
});

afterAll(async () => {
  await fx?.close();
});

describe('malformed source records', () => {
  it('dead-letters exactly the malformed records, with their reasons, and the run still succeeds', async () => {
    expect(malformed.length).toBeGreaterThan(50);
    expect(firstRun).toMatchObject({ status: 'succeeded', readCount: contacts, failedCount: malformed.length, createdCount: contacts - malformed.length });
    expect(firstRun.reconciliation).toMatchObject({ ok: true });
    const letters = await openLetters();
    expect(letters.map((l) => l.externalId)).toEqual(malformed);
    for (const letter of letters) {
      expect(letter.status).toBe('open');
      if (letter.stage === 'validate') expect(letter).toMatchObject({ errorCode: 'validation', errorPath: 'properties.email' });
      else expect(letter).toMatchObject({ stage: 'map', errorCode: 'mapping', errorPath: 'email', errorMessage: expect.stringMatching(/email/i) });
    }
    expect(new Set(letters.map((l) => l.stage))).toEqual(new Set(['validate', 'map']));
  });

  it('replaying with the old mapping changes nothing but the attempts', async () => {
    const result = await replayDeadLetters(fx.deps, fx.tenant.tenantId, fx.tenant.owner, { runId: firstRun.id as string });
    expect(result).toMatchObject({ replayed: 0, stillOpen: malformed.length });
    const letters = await openLetters();
    expect(letters.every((l) => l.status === 'open' && l.attempts === 2)).toBe(true);
  });

  it('after the mapping is fixed, replaying lands them in the hub and the warehouse', async () => {
    const updated = await updateSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, syncConfigId, {
      mapping: { fields: { email: { from: 'properties.email', transforms: ['email'], onError: 'null' } } },
    });
    expect(updated.mappingVersion).toBe(2);
    const result = await replayDeadLetters(fx.deps, fx.tenant.tenantId, fx.tenant.owner, { filter: { syncConfigId } });
    expect(result).toMatchObject({ replayed: malformed.length, stillOpen: 0, runs: [{ syncConfigId, status: 'succeeded' }] });
    const run = await waitForRun(fx.admin, result.runs[0]?.runId as string);
    expect(run).toMatchObject({ trigger: 'replay', mappingVersion: 2, readCount: malformed.length, createdCount: malformed.length });
    expect(run.reconciliation).toMatchObject({ ok: true });
    expect((await openLetters()).every((l) => l.status === 'replayed')).toBe(true);
    const warehouse = await fx.warehouseDb.query(`SELECT count(*)::int AS n FROM "${fx.tenant.warehouseSchema}".contact`);
    expect(warehouse.rows[0].n).toBe(contacts);
    const lineage = await fx.admin.query(`SELECT count(*)::int AS n FROM record_source WHERE "runId" = $1 AND "mappingVersion" = 2`, [run.id]);
    expect(lineage.rows[0].n).toBe(malformed.length);
  });

  it('replaying again changes nothing', async () => {
    const before = { hub: await readXid(fx.admin), warehouse: await readXid(fx.warehouseDb) };
    const again = await replayDeadLetters(fx.deps, fx.tenant.tenantId, fx.tenant.owner, { filter: { syncConfigId } });
    expect(again).toEqual({ replayed: 0, stillOpen: 0, skipped: 0, runs: [] });
    const byIds = await replayDeadLetters(fx.deps, fx.tenant.tenantId, fx.tenant.owner, { ids: (await fx.admin.query(`SELECT id FROM dead_letter LIMIT 5`)).rows.map((r) => r.id) });
    expect(byIds).toMatchObject({ replayed: 0, skipped: 5, runs: [] });
    for (const table of ['canonical_record', 'record_source', 'record_delivery', 'dead_letter', 'sync_run']) expect({ table, n: await countWrittenSince(fx.admin, table, before.hub) }).toEqual({ table, n: 0 });
    expect(await countWrittenSince(fx.warehouseDb, `"${fx.tenant.warehouseSchema}".contact`, before.warehouse)).toBe(0);
  });

  it('lets support staff replay across tenants, audited per tenant; tenants cannot', async () => {
    await expect(replayDeadLettersAsStaff(fx.privilegedDb, fx.tenant.owner, {}, fx.deps)).rejects.toBeInstanceOf(DomainError);
    const staff = await fx.privilegedDb.user.create({ data: { email: `staff-${Date.now()}@tributary.test`, name: 'Support', isStaff: true } });
    await fx.admin.query(`UPDATE dead_letter SET status = 'open' WHERE "externalId" = $1`, [malformed[0]]);
    const result = await replayDeadLettersAsStaff(fx.privilegedDb, { kind: 'staff', userId: staff.id }, { stage: undefined }, fx.deps);
    expect(result.tenants).toEqual([expect.objectContaining({ tenantId: fx.tenant.tenantId, replayed: 1 })]);
    const audit = await withTenant(fx.db, fx.tenant.tenantId, (tx) => tx.auditLog.findMany({ where: { action: 'support.dead_letter.replay' } }));
    expect(audit).toEqual([expect.objectContaining({ actorKind: 'staff', actorId: staff.id })]);
  });
});

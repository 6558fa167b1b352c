import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncConfig } from '../config/create-sync-config';
import { countWrittenSince, readXid, startSyncFixture, waitForRun, type SyncFixture } from '../testing/sync-fixture';
import { requestSyncRun } from './request-sync-run';

const contacts = 10_000;
let fx: SyncFixture;
let syncConfigId: string;

async function runAndWait(mode?: 'full' | 'incremental') {
  const requested = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual', mode }, fx.tenant.owner);
  expect(requested.created).toBe(true);
  return waitForRun(fx.admin, requested.runId);
}

async function countRows() {
  const q = async (sql: string, pool = fx.admin) => (await pool.query(sql)).rows[0].n as number;
  return {
    canonical: await q(`SELECT count(*)::int AS n FROM canonical_record`),
    lineage: await q(`SELECT count(*)::int AS n FROM record_source`),
    deliveries: await q(`SELECT count(*)::int AS n FROM record_delivery`),
    warehouse: await q(`SELECT count(*)::int AS n FROM "${fx.tenant.warehouseSchema}".contact`, fx.warehouseDb),
  };
}

async function writtenSince(xid: { hub: string; warehouse: string }) {
  return {
    canonical: await countWrittenSince(fx.admin, 'canonical_record', xid.hub),
    lineage: await countWrittenSince(fx.admin, 'record_source', xid.hub),
    deliveries: await countWrittenSince(fx.admin, 'record_delivery', xid.hub),
    deadLetters: await countWrittenSince(fx.admin, 'dead_letter', xid.hub),
    warehouse: await countWrittenSince(fx.warehouseDb, `"${fx.tenant.warehouseSchema}".contact`, xid.warehouse),
  };
}

beforeAll(async () => {
  fx = await startSyncFixture('syncruns', { contacts });
  await fx.startWorker();
  ({ syncConfigId } = await createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
    name: 'CRM contacts to warehouse',
    sourceConnectionId: fx.tenant.crmConnectionId,
    sourceStream: 'contacts',
    model: 'contact',
    destinationConnectionIds: [fx.tenant.warehouseConnectionId],
    mode: 'incremental',
  }));
});

afterAll(async () => {
  await fx?.close();
});

describe('full, then incremental, then unchanged', () => {
  it('moves every contact through the hub into the warehouse and reconciles', async () => {
    const run = await runAndWait();
    expect(run).toMatchObject({ status: 'succeeded', readCount: contacts, createdCount: contacts, updatedCount: 0, unchangedCount: 0, failedCount: 0 });
    expect(run.reconciliation).toMatchObject({ ok: true });
    expect(await countRows()).toEqual({ canonical: contacts, lineage: contacts, deliveries: contacts, warehouse: contacts });
    const pushed = (run.pushed as Record<string, { pushed: number }>)[fx.tenant.warehouseConnectionId];
    expect(pushed?.pushed).toBe(contacts);
  });

  it('reads only the 1,000 changed records and updates exactly those', async () => {
    const changed = await fx.crm.mutate('contacts', 1000);
    const before = { hub: await readXid(fx.admin), warehouse: await readXid(fx.warehouseDb) };
    const run = await runAndWait();
    expect(run).toMatchObject({ status: 'succeeded', readCount: 1000, updatedCount: 1000, createdCount: 0, unchangedCount: 0 });
    expect(run.reconciliation).toMatchObject({ ok: true });
    expect(await writtenSince(before)).toEqual({ canonical: 1000, lineage: 1000, deliveries: 1000, deadLetters: 0, warehouse: 1000 });
    const versions = await fx.admin.query(
      `SELECT rs."externalId", c.version FROM record_source rs JOIN canonical_record c ON c.id = rs."canonicalRecordId" WHERE c.version = 2`,
    );
    expect(new Set(versions.rows.map((r) => r.externalId))).toEqual(new Set(changed));
    const warehouseV2 = await fx.warehouseDb.query(`SELECT count(*)::int AS n FROM "${fx.tenant.warehouseSchema}".contact WHERE version = 2`);
    expect(warehouseV2.rows[0].n).toBe(1000);
  });

  it('writes 0 rows when nothing changed: incremental reads nothing, a full reread writes nothing', async () => {
    const before = { hub: await readXid(fx.admin), warehouse: await readXid(fx.warehouseDb) };
    const incremental = await runAndWait();
    expect(incremental).toMatchObject({ status: 'succeeded', readCount: 0 });
    const full = await runAndWait('full');
    expect(full).toMatchObject({ status: 'succeeded', readCount: contacts, unchangedCount: contacts, createdCount: 0, updatedCount: 0 });
    expect(full.reconciliation).toMatchObject({ ok: true });
    expect(await writtenSince(before)).toEqual({ canonical: 0, lineage: 0, deliveries: 0, deadLetters: 0, warehouse: 0 });
  });

  it('keeps one active run per sync', async () => {
    const first = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    const second = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'schedule' });
    expect(second).toEqual({ runId: first.runId, status: expect.any(String), created: false });
    await waitForRun(fx.admin, first.runId);
  });
});

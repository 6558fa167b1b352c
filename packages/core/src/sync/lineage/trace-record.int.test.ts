import { withTenant, type TenantDb } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/index';
import { createSyncConfig } from '../config/create-sync-config';
import { updateSyncConfig } from '../config/update-sync-config';
import { requestSyncRun } from '../run/request-sync-run';
import { startSyncFixture, waitForRun, type SyncFixture, type TenantSetup } from '../testing/sync-fixture';
import { traceRecord } from './trace-record';

let fx: SyncFixture;
let other: TenantSetup;
let syncConfigId: string;
let otherSyncId: string;
const runs: string[] = [];

/** A transaction that counts every query made through it. */
function countingTx(tx: TenantDb, counter: { queries: number }): TenantDb {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop === 'string' && prop.startsWith('$query') && typeof value === 'function') {
        return (...args: unknown[]) => {
          counter.queries += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (typeof prop === 'string' && !prop.startsWith('$') && value && typeof value === 'object') {
        return new Proxy(value, { get: (model, method) => { counter.queries += 1; return Reflect.get(model, method) as unknown; } });
      }
      return value;
    },
  });
}

beforeAll(async () => {
  fx = await startSyncFixture('lineage', { contacts: 300 });
  other = await fx.addTenant('globex');
  await fx.startWorker();
  const create = (t: TenantSetup) =>
    createSyncConfig(fx.deps, t.tenantId, t.owner, { name: 'c', sourceConnectionId: t.crmConnectionId, sourceStream: 'contacts', model: 'contact', destinationConnectionIds: [t.warehouseConnectionId] });
  ({ syncConfigId } = await create(fx.tenant));
  ({ syncConfigId: otherSyncId } = await create(other));
  const first = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
  const theirs = await requestSyncRun(fx.deps, { tenantId: other.tenantId, syncConfigId: otherSyncId, trigger: 'manual' }, other.owner);
  runs.push((await waitForRun(fx.admin, first.runId)).id as string);
  await waitForRun(fx.admin, theirs.runId);
  // a second version of record "1": a mapping change that alters every record's content
  await updateSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, syncConfigId, { mapping: { fields: { 'custom.origin': { value: 'crm' } } } });
  const second = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual', mode: 'full' }, fx.tenant.owner);
  runs.push((await waitForRun(fx.admin, second.runId)).id as string);
});

afterAll(async () => {
  await fx?.close();
});

describe('lineage', () => {
  it('traces a warehouse row to its source external id, run and mapping version, in one query', async () => {
    const row = (await fx.warehouseDb.query(`SELECT canonical_id, version FROM "${fx.tenant.warehouseSchema}".contact WHERE data->>'email' IS NOT NULL ORDER BY canonical_id LIMIT 1`)).rows[0];
    const counter = { queries: 0 };
    const trace = await withTenant(fx.db, fx.tenant.tenantId, (tx) => traceRecord(countingTx(tx, counter), { canonicalId: row.canonical_id }));
    expect(counter.queries).toBe(1);
    expect(trace?.record).toMatchObject({ id: row.canonical_id, version: 2 });
    expect(trace?.versions.map((v) => v.version)).toEqual([2, 1]);
    const [v2, v1] = trace?.versions ?? [];
    expect(v2?.sources).toEqual([expect.objectContaining({ connectionId: fx.tenant.crmConnectionId, stream: 'contacts', runId: runs[1], mappingVersion: 2 })]);
    expect(v1?.sources).toEqual([expect.objectContaining({ runId: runs[0], mappingVersion: 1, externalId: v2?.sources[0]?.externalId })]);
    expect(v2?.deliveries).toEqual([expect.objectContaining({ connectionId: fx.tenant.warehouseConnectionId, runId: runs[1], externalId: row.canonical_id })]);
    expect(v1?.deliveries).toHaveLength(1);
  });

  it('finds the record by its source (connection + external id)', async () => {
    const trace = await withTenant(fx.db, fx.tenant.tenantId, (tx) => traceRecord(tx, { connectionId: fx.tenant.crmConnectionId, externalId: '7' }));
    expect(trace?.versions[0]?.sources[0]?.externalId).toBe('7');
  });
});

describe('tenant isolation of runs', () => {
  it("shows a tenant only its own runs, records and lineage; another tenant's sync cannot be run", async () => {
    const seen = await withTenant(fx.db, other.tenantId, async (tx) => ({
      runs: await tx.syncRun.findMany({ select: { syncConfigId: true } }),
      records: await tx.canonicalRecord.count(),
      trace: await traceRecord(tx, { connectionId: fx.tenant.crmConnectionId, externalId: '7' }),
    }));
    expect(new Set(seen.runs.map((r) => r.syncConfigId))).toEqual(new Set([otherSyncId]));
    expect(seen.records).toBe(300);
    expect(seen.trace).toBeNull();
    await expect(requestSyncRun(fx.deps, { tenantId: other.tenantId, syncConfigId, trigger: 'manual' }, other.owner)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, other.owner)).rejects.toBeInstanceOf(DomainError);
  });

  it('keeps each tenant in its own warehouse schema', async () => {
    const mine = await fx.warehouseDb.query(`SELECT count(*)::int AS n FROM "${fx.tenant.warehouseSchema}".contact`);
    const theirs = await fx.warehouseDb.query(`SELECT count(*)::int AS n FROM "${other.warehouseSchema}".contact`);
    expect([mine.rows[0].n, theirs.rows[0].n]).toEqual([300, 300]);
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../canonical/index';
import type { DestinationContext, HttpClient, WriteItem } from '../../contract';
import { createScratchDatabase, type ScratchDatabase } from '../postgres-source/scratch-database';
import { connector } from './postgres-warehouse.connector';
import type { WarehouseSettings } from './warehouse-settings';

const unusedHttp: HttpClient = {
  request: () => Promise.reject(new Error('the warehouse makes no HTTP calls')),
};

function buildContact(n: number, overrides: Partial<Contact> = {}): Contact {
  return {
    email: `person${n}@example.com`,
    firstName: `First${n}`,
    lastName: `Last\t${n}\\`,
    phone: null,
    companyName: 'Acme',
    jobTitle: null,
    lifecycleStage: 'lead',
    sourceCreatedAt: '2026-01-02T03:04:05.000Z',
    sourceUpdatedAt: '2026-02-03T04:05:06.000Z',
    custom: { note: 'line one\nline two "quoted"', score: n },
    ...overrides,
  };
}

function buildItem(n: number, version: number, overrides: Partial<Contact> = {}): WriteItem<'contact'> {
  return { canonicalId: `c-${n}`, version, idempotencyKey: `k-${n}-${version}`, record: buildContact(n, overrides) };
}

describe('postgres-warehouse destination', () => {
  let db: ScratchDatabase;
  let settings: WarehouseSettings;
  let inspect: pg.Client;
  const destination = connector.destination;
  if (!destination) throw new Error('postgres-warehouse must declare a destination');
  const contextFor = (tenantId: string): DestinationContext<WarehouseSettings> => ({
    settings,
    tenantId,
    credentials: { type: 'none' },
    http: unusedHttp,
  });

  beforeAll(async () => {
    db = await createScratchDatabase('h1_warehouse');
    settings = connector.settings.parse({ connectionString: db.url, schemaPrefix: 'tw' });
    inspect = new pg.Client({ connectionString: db.url });
    await inspect.connect();
  });

  afterAll(async () => {
    await inspect?.end();
    if (settings) await destination.close?.(settings);
    await db?.drop();
  });

  it('creates a schema per tenant and a typed table per model on first write', async () => {
    const outcomes = await destination.write(contextFor('tenant-a-1'), 'contact', [buildItem(1, 1), buildItem(2, 1)]);
    expect(outcomes).toEqual([
      { ok: true, externalId: 'c-1', written: true },
      { ok: true, externalId: 'c-2', written: true },
    ]);
    const columns = await inspect.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'tw_tenant_a_1' AND table_name = 'contact' ORDER BY ordinal_position`,
    );
    expect(columns.rows.map((c) => `${c.column_name}:${c.data_type}`)).toEqual([
      'canonical_id:text',
      'version:integer',
      'data:jsonb',
      'synced_at:timestamp with time zone',
      'deleted:boolean',
      'email:text',
      'first_name:text',
      'last_name:text',
      'phone:text',
      'company_name:text',
      'job_title:text',
      'lifecycle_stage:text',
      'source_created_at:timestamp with time zone',
      'source_updated_at:timestamp with time zone',
    ]);
    const row = await inspect.query(`SELECT * FROM tw_tenant_a_1.contact WHERE canonical_id = 'c-1'`);
    expect(row.rows[0]).toMatchObject({ version: 1, email: 'person1@example.com', last_name: 'Last\t1\\', deleted: false });
    expect(row.rows[0].data).toEqual(buildContact(1));
    expect((row.rows[0].source_created_at as Date).toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('writes nothing when the same batch is replayed', async () => {
    const batch = [buildItem(10, 3), buildItem(11, 3)];
    expect((await destination.write(contextFor('replay'), 'contact', batch)).map((o) => o.ok && o.written)).toEqual([true, true]);
    const before = await inspect.query(`SELECT canonical_id, synced_at FROM tw_replay.contact ORDER BY 1`);
    expect((await destination.write(contextFor('replay'), 'contact', batch)).map((o) => o.ok && o.written)).toEqual([false, false]);
    const after = await inspect.query(`SELECT canonical_id, synced_at FROM tw_replay.contact ORDER BY 1`);
    expect(after.rows).toEqual(before.rows);
  });

  it('never lets an older version overwrite a newer one, and keeps the newest duplicate of a batch', async () => {
    const ctx = contextFor('order');
    await destination.write(ctx, 'contact', [buildItem(20, 5, { firstName: 'Five' })]);
    const outcomes = await destination.write(ctx, 'contact', [
      buildItem(20, 4, { firstName: 'Four' }),
      buildItem(21, 1, { firstName: 'One' }),
      buildItem(21, 2, { firstName: 'Two' }),
      buildItem(20, 6, { firstName: 'Six', email: null }),
    ]);
    expect(outcomes.map((o) => o.ok && o.written)).toEqual([false, false, true, true]);
    const rows = await inspect.query(`SELECT canonical_id, version, first_name, email FROM tw_order.contact ORDER BY 1`);
    expect(rows.rows).toEqual([
      { canonical_id: 'c-20', version: 6, first_name: 'Six', email: null },
      { canonical_id: 'c-21', version: 2, first_name: 'Two', email: 'person21@example.com' },
    ]);
  });

  it('records deletes as a flag and keeps tenants apart', async () => {
    await destination.write(contextFor('t1'), 'contact', [buildItem(30, 1)]);
    await destination.write(contextFor('t2'), 'contact', [{ ...buildItem(30, 2), deleted: true }]);
    const t1 = await inspect.query(`SELECT deleted FROM tw_t1.contact`);
    const t2 = await inspect.query(`SELECT deleted FROM tw_t2.contact`);
    expect(t1.rows).toEqual([{ deleted: false }]);
    expect(t2.rows).toEqual([{ deleted: true }]);
  });

  it('turns a record Postgres refuses into a per-record failure and writes the rest', async () => {
    const bad = buildItem(41, 1, { sourceCreatedAt: 'not a timestamp' });
    const outcomes = await destination.write(contextFor('bad'), 'contact', [buildItem(40, 1), bad, buildItem(42, 1)]);
    expect(outcomes[0]).toEqual({ ok: true, externalId: 'c-40', written: true });
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'destination_rejected' } });
    expect(outcomes[2]).toEqual({ ok: true, externalId: 'c-42', written: true });
  });

  it('writes other models with their own typed columns', async () => {
    const outcomes = await destination.write(contextFor('tenant-a-1'), 'invoice', [
      {
        canonicalId: 'inv-1',
        version: 1,
        idempotencyKey: 'inv-1-1',
        record: {
          number: 'INV-1',
          customerExternalId: 'cust-9',
          customerEmail: null,
          issueDate: '2026-03-01',
          dueDate: null,
          currency: 'EUR',
          status: 'open',
          lines: [{ description: 'Widget', quantity: 2, unitPrice: 5, amount: 10 }],
          subtotal: 10,
          tax: 2,
          total: 12,
          sourceCreatedAt: null,
          sourceUpdatedAt: null,
          custom: {},
        },
      },
    ]);
    expect(outcomes).toEqual([{ ok: true, externalId: 'inv-1', written: true }]);
    const row = await inspect.query(`SELECT number, issue_date::text, total, status FROM tw_tenant_a_1.invoice`);
    expect(row.rows).toEqual([{ number: 'INV-1', issue_date: '2026-03-01', total: 12, status: 'open' }]);
  });
});

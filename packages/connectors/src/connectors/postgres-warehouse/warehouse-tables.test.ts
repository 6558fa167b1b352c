import { describe, expect, it } from 'vitest';
import { buildSchemaName, buildUpsertSql, describeWarehouseColumns } from './warehouse-tables';

describe('warehouse tables', () => {
  it('names one schema per tenant, never shared by two tenant ids', () => {
    expect(buildSchemaName('tw', 'tenant-a-1')).toBe('tw_tenant_a_1');
    expect(buildSchemaName('tw', '8f14e45f-ceea-467f-a0e6-3b1c2a1d9e01')).toBe('tw_8f14e45f_ceea_467f_a0e6_3b1c2a1d9e01');
    const lossy = [buildSchemaName('tw', 'Tenant-A-1'), buildSchemaName('tw', 'tenant_a_1'), buildSchemaName('tw', 'tenant.a.1')];
    expect(new Set([...lossy, 'tw_tenant_a_1']).size).toBe(4);
    expect(lossy.every((name) => /^tw_tenant_a_1_[0-9a-f]{10}$/.test(name))).toBe(true);
    const long = buildSchemaName('tributary', 'x'.repeat(80));
    expect(long).toHaveLength(63);
    expect(long).not.toBe(buildSchemaName('tributary', 'x'.repeat(81)));
  });

  it('derives typed columns from the model and guards the upsert by version', () => {
    expect(describeWarehouseColumns('deal').map((c) => `${c.column} ${c.sqlType}`)).toEqual([
      'name text',
      'amount double precision',
      'currency text',
      'stage text',
      'pipeline text',
      'close_date timestamptz',
      'company_external_id text',
      'source_created_at timestamptz',
      'source_updated_at timestamptz',
    ]);
    const sql = buildUpsertSql('tw_t', 'deal', 'pg_temp.stage');
    expect(sql).toContain('ON CONFLICT (canonical_id) DO UPDATE');
    expect(sql).toContain('WHERE t.version < excluded.version');
    expect(sql).toContain(`(s.data->>'closeDate')::timestamptz`);
  });
});

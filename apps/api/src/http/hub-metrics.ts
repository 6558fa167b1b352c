import { withTenant, type PrismaClient } from '@tributary/db';
import { z } from 'zod';

export interface HubCounts {
  runsByStatus: Record<string, number>;
  recordsByModel: Record<string, number>;
  deadLettersOpen: number;
}

const countsRow = z.object({
  runs: z.record(z.string(), z.coerce.number()).nullable(),
  records: z.record(z.string(), z.coerce.number()).nullable(),
  open: z.coerce.number(),
});

function add(into: Record<string, number>, from: Record<string, number> | null) {
  for (const [key, value] of Object.entries(from ?? {})) into[key] = (into[key] ?? 0) + value;
}

/**
 * Totals over every tenant for /metrics, read as the application role: the tenants come
 * from `list_tenant_ids()` and each tenant's counts from inside `withTenant` (no privileged
 * connection for metrics). Cached for `ttlMs` so scrapes stay cheap.
 */
export function createHubCounter(db: PrismaClient, ttlMs = 15_000): () => Promise<HubCounts> {
  let cached: { at: number; value: Promise<HubCounts> } | null = null;
  const compute = async (): Promise<HubCounts> => {
    const tenants = z.array(z.object({ id: z.string() })).parse(await db.$queryRaw`SELECT list_tenant_ids() AS id`);
    const totals: HubCounts = { runsByStatus: {}, recordsByModel: {}, deadLettersOpen: 0 };
    for (const { id } of tenants) {
      const [row] = await withTenant(db, id, (tx) => tx.$queryRaw<unknown[]>`
        SELECT (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM sync_run GROUP BY status) r) AS runs,
               (SELECT json_object_agg(model, n) FROM (SELECT model, count(*) AS n FROM canonical_record WHERE NOT deleted GROUP BY model) c) AS records,
               (SELECT count(*) FROM dead_letter WHERE status = 'open') AS open`);
      const counts = countsRow.parse(row);
      add(totals.runsByStatus, counts.runs);
      add(totals.recordsByModel, counts.records);
      totals.deadLettersOpen += counts.open;
    }
    return totals;
  };
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      const value = compute();
      cached = { at: Date.now(), value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  };
}

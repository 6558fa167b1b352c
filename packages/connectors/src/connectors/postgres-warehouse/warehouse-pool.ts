import pg from 'pg';
import { stripCredentials } from '../postgres-source/pg-connection';

/** A pool per warehouse connection string (with the credentials in it), and the tables known to exist behind it. */
export interface WarehousePool {
  pool: pg.Pool;
  ensuredTables: Set<string>;
  /** pooled clients whose session already holds the staging temp table */
  stagedClients: WeakSet<pg.PoolClient>;
}

const pools = new Map<string, WarehousePool>();

/** The shared pool of a connection string, created on first use. */
export function acquireWarehousePool(connectionString: string, size: number): WarehousePool {
  const existing = pools.get(connectionString);
  if (existing) return existing;
  const pool = new pg.Pool({ connectionString, max: size, idleTimeoutMillis: 30_000, application_name: 'tributary-warehouse' });
  // an idle client losing its connection must not crash the process; the pool replaces it
  pool.on('error', () => undefined);
  const entry: WarehousePool = { pool, ensuredTables: new Set(), stagedClients: new WeakSet() };
  pools.set(connectionString, entry);
  return entry;
}

/** Ends every pool of a database, whatever user it connects as (no-op when none is open). */
export async function releaseWarehousePools(connectionString: string): Promise<void> {
  const base = stripCredentials(connectionString);
  const ending = [...pools.entries()]
    .filter(([key]) => stripCredentials(key) === base)
    .map(([key, entry]) => {
      pools.delete(key);
      return entry.pool.end();
    });
  await Promise.all(ending);
}

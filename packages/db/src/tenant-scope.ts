import type pg from 'pg';
import type { Prisma, PrismaClient } from './prisma-client';

/** A Prisma client bound to one tenant inside one transaction: Row Level Security admits only that tenant's rows. */
export type TenantDb = Prisma.TransactionClient;

const settingName = /^[a-z_]+(\.[a-z_]+)?$/;

function escapeSettingName(name: string): string {
  if (!settingName.test(name)) throw new Error(`not a setting name: ${JSON.stringify(name)}`);
  return name;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertTenantId(tenantId: string): void {
  if (!uuidPattern.test(tenantId)) throw new Error(`tenantId must be a UUID, got ${JSON.stringify(tenantId)}`);
}

/**
 * Run `fn` in a transaction with `app.tenant_id` set (transaction-local), so every
 * query inside sees and writes only this tenant's rows. The setting ends with the
 * transaction: a pooled connection never carries a tenant over to the next user.
 */
export async function withTenant<T>(
  db: PrismaClient,
  tenantId: string,
  fn: (tx: TenantDb) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  assertTenantId(tenantId);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      return fn(tx);
    },
    { timeout: options.timeoutMs ?? 30_000, maxWait: 10_000 },
  );
}

/** Planner settings for one transaction (`SET LOCAL`): names and values come from code, never from input. */
export type LocalSettings = Readonly<Record<string, 'on' | 'off'>>;

/**
 * The same for the raw `pg` path (bulk writes): BEGIN, set the tenant (and any `local` planner
 * settings) in one round trip, run, COMMIT (ROLLBACK on error).
 */
export async function withTenantConnection<T>(
  pool: pg.Pool,
  tenantId: string,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: { local?: LocalSettings } = {},
): Promise<T> {
  assertTenantId(tenantId);
  const client = await pool.connect();
  try {
    // the id is a checked UUID, so it can be written into the text of the simple query
    const local = Object.entries(options.local ?? {}).map(([name, value]) => `; SET LOCAL ${escapeSettingName(name)} = ${value === 'on' ? 'on' : 'off'}`);
    await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true)${local.join('')}`);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

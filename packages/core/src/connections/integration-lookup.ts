import type { Prisma, TenantDb } from '@tributary/db';
import { DomainError } from '../shared/index';

export type IntegrationRow = Prisma.IntegrationModel;

/**
 * The integration a tenant means by `key`: its own registration wins over the global catalogue's.
 * Runs inside `withTenant`, so Row Level Security shows only the tenant's and the global rows.
 */
export async function findIntegrationByKey(tx: TenantDb, key: string): Promise<IntegrationRow> {
  const rows = await tx.integration.findMany({ where: { key }, take: 2 });
  const found = rows.find((row) => row.tenantId !== null) ?? rows[0];
  if (!found) throw new DomainError('NOT_FOUND', `No integration "${key}"`);
  return found;
}

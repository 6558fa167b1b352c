/**
 * THE PRIVILEGED PATH. Connections made here use the database owner's role, which
 * Row Level Security does not restrict. Only two kinds of code may import this
 * module: migrations / set-up scripts, and support-staff operations (finding and
 * replaying failed records across tenants), each of which must write an audit
 * log entry. Everything else uses `withTenant` as the application role.
 */
import { createPrismaClient, type PrismaClient } from './prisma-client';

export { ensureAppRole, appDatabaseUrl, withDatabaseName, APP_ROLE } from './app-role';
export { migrateDatabase } from './migrate';
export { resolveDatabase, startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';

/** A Prisma client that sees every tenant. Name the variable accordingly (`privilegedDb`). */
export function createPrivilegedClient(adminUrl: string): PrismaClient {
  return createPrismaClient(adminUrl, { maxConnections: 4 });
}

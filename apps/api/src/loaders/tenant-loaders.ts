import DataLoader from 'dataloader';
import { withTenant, type TenantDb } from '@tributary/db';
import type { Caller } from '../auth/caller';
import { requireAccess } from '../auth/require-access';
import type { ConnectionRow, IntegrationRow, MappingVersionRow, RecordRow, RunRow, SyncRow, UserRow } from '../graphql/graphql-rows';
import type { ApiDeps } from '../graphql/context';
import { toIntegrationRow } from '../graphql/integration-row';

/** Request-scoped batch loaders: each turns one request's N lookups into one query in the caller's tenant. */
export interface Loaders {
  connection: DataLoader<string, ConnectionRow | null>;
  integration: DataLoader<string, IntegrationRow | null>;
  sync: DataLoader<string, SyncRow | null>;
  syncDestinations: DataLoader<string, ConnectionRow[]>;
  mappingVersion: DataLoader<string, MappingVersionRow | null>;
  run: DataLoader<string, RunRow | null>;
  record: DataLoader<string, RecordRow | null>;
  user: DataLoader<string, UserRow | null>;
}

type InTenant = <T>(fn: (tx: TenantDb, tenantId: string) => Promise<T>) => Promise<T>;

function byId<Row extends { id: string }>(keys: readonly string[], rows: Row[]): (Row | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}

function rowLoader<Row extends { id: string }>(inTenant: InTenant, fetch: (tx: TenantDb, ids: string[], tenantId: string) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>((keys) => inTenant((tx, tenantId) => fetch(tx, [...keys], tenantId)).then((rows) => byId(keys, rows)), { maxBatchSize: 500 });
}

export function createLoaders(deps: ApiDeps, caller: Caller): Loaders {
  const inTenant: InTenant = (fn) => {
    const { tenantId } = requireAccess(caller, 'read');
    return withTenant(deps.db, tenantId, (tx) => fn(tx, tenantId));
  };
  return {
    connection: rowLoader(inTenant, (tx, ids, tenantId) => tx.connection.findMany({ where: { id: { in: ids }, tenantId } })),
    integration: rowLoader(inTenant, async (tx, ids) => (await tx.integration.findMany({ where: { id: { in: ids } } })).map(toIntegrationRow)),
    sync: rowLoader(inTenant, (tx, ids, tenantId) => tx.syncConfig.findMany({ where: { id: { in: ids }, tenantId } })),
    syncDestinations: new DataLoader<string, ConnectionRow[]>(async (syncIds) => {
      const rows = await inTenant((tx, tenantId) =>
        tx.syncDestination.findMany({ where: { syncConfigId: { in: [...syncIds] }, tenantId }, include: { connection: true }, orderBy: { createdAt: 'asc' } }),
      );
      return syncIds.map((syncId) => rows.filter((row) => row.syncConfigId === syncId).map((row) => row.connection));
    }),
    mappingVersion: new DataLoader<string, MappingVersionRow | null>(async (keys) => {
      const wanted = keys.map((key) => {
        const [syncConfigId, version] = key.split('@');
        return { syncConfigId: syncConfigId!, version: Number(version) };
      });
      const rows = await inTenant((tx, tenantId) => tx.mappingVersion.findMany({ where: { tenantId, OR: wanted } }));
      return wanted.map((w) => rows.find((row) => row.syncConfigId === w.syncConfigId && row.version === w.version) ?? null);
    }),
    run: rowLoader(inTenant, (tx, ids, tenantId) => tx.syncRun.findMany({ where: { id: { in: ids }, tenantId } })),
    record: rowLoader(inTenant, (tx, ids, tenantId) => tx.canonicalRecord.findMany({ where: { id: { in: ids }, tenantId } })),
    user: rowLoader(inTenant, (tx, ids) => tx.user.findMany({ where: { id: { in: ids }, memberships: { some: {} } } })),
  };
}

/** The key of `loaders.mappingVersion`. */
export function mappingVersionKey(syncConfigId: string, version: number): string {
  return `${syncConfigId}@${version}`;
}

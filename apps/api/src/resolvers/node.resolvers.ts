import type { TenantDb } from '@tributary/db';
import type { Access } from '../auth/caller';
import type { GraphqlContext } from '../graphql/context';
import { notFound, parseId, type NodeType } from '../graphql/global-id';
import { toIntegrationRow } from '../graphql/integration-row';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';

type Fetch = (tx: TenantDb, key: string, tenantId: string) => Promise<object | null>;

/** How `node(id)` finds each type in the caller's tenant, and the permission it needs. */
const fetchers: Record<NodeType, { needs: Access; fetch: Fetch }> = {
  Tenant: { needs: 'read', fetch: (tx, key, tenantId) => tx.tenant.findFirst({ where: { id: key, AND: [{ id: tenantId }] } }) },
  User: { needs: 'read', fetch: (tx, key) => tx.user.findFirst({ where: { id: key, memberships: { some: {} } } }) },
  Member: { needs: 'read', fetch: (tx, key, tenantId) => tx.membership.findFirst({ where: { id: key, tenantId } }) },
  ApiKey: { needs: 'admin', fetch: (tx, key, tenantId) => tx.apiKey.findFirst({ where: { id: key, tenantId } }) },
  Integration: { needs: 'read', fetch: async (tx, key) => {
    const row = await tx.integration.findFirst({ where: { id: key } });
    return row ? toIntegrationRow(row) : null;
  } },
  Connection: { needs: 'read', fetch: (tx, key, tenantId) => tx.connection.findFirst({ where: { id: key, tenantId } }) },
  Sync: { needs: 'read', fetch: (tx, key, tenantId) => tx.syncConfig.findFirst({ where: { id: key, tenantId } }) },
  Run: { needs: 'read', fetch: (tx, key, tenantId) => tx.syncRun.findFirst({ where: { id: key, tenantId } }) },
  CanonicalRecord: { needs: 'read', fetch: (tx, key, tenantId) => tx.canonicalRecord.findFirst({ where: { id: key, tenantId } }) },
  DeadLetter: { needs: 'read', fetch: (tx, key, tenantId) => tx.deadLetter.findFirst({ where: { id: key, tenantId } }) },
  AuditEntry: { needs: 'admin', fetch: (tx, key, tenantId) => tx.auditLog.findFirst({ where: { id: BigInt(key), tenantId } }) },
  WebhookSubscription: { needs: 'read', fetch: (tx, key, tenantId) => tx.webhookSubscription.findFirst({ where: { id: key, tenantId } }) },
  WebhookDelivery: { needs: 'read', fetch: (tx, key, tenantId) => tx.webhookDelivery.findFirst({ where: { id: key, tenantId } }) },
  DriftEvent: { needs: 'read', fetch: (tx, key, tenantId) => tx.driftEvent.findFirst({ where: { id: key, tenantId } }) },
};

const nodeTypes = new WeakMap<object, NodeType>();

async function fetchNode(ctx: GraphqlContext, id: string): Promise<object> {
  const parsed = parseId(id);
  const fetcher = parsed ? fetchers[parsed.type] : undefined;
  if (!parsed || !fetcher) throw notFound('Node');
  const row = await inTenant(ctx, fetcher.needs, (tx, access) => fetcher.fetch(tx, parsed.key, access.tenantId));
  if (!row) throw notFound(parsed.type);
  nodeTypes.set(row, parsed.type);
  return row;
}

export const nodeResolvers: Resolvers = {
  Query: {
    // the row's type is remembered for Node.__resolveType; its shape is that of the type's mapper
    node: (_parent, { id }, ctx) => fetchNode(ctx, id) as never,
  },
  Node: {
    __resolveType: (row) => nodeTypes.get(row) ?? null,
  },
};

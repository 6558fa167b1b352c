import { DomainError } from '@tributary/core/shared';
import { z } from 'zod';
import { accessOfCaller } from '../auth/caller';
import { encodeId } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';

const membershipRows = z.array(z.object({ tenantId: z.string(), slug: z.string(), name: z.string(), role: z.enum(['owner', 'admin', 'viewer']) }));

export const viewerResolvers: Resolvers = {
  Query: {
    health: async (_parent, _args, ctx) => {
      const database = await ctx.deps.db.$queryRaw`SELECT 1`.then(() => true, () => false);
      return { ok: database, database, version: '0.1.0' };
    },
    viewer: (_parent, _args, ctx) => {
      if (ctx.caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in or send an API key (Authorization: Bearer ...).');
      return ctx.caller;
    },
    tenant: (_parent, _args, ctx) => inTenant(ctx, 'read', (tx, access) => tx.tenant.findUnique({ where: { id: access.tenantId } })),
  },
  Viewer: {
    user: (caller, _args, ctx) => (caller.kind === 'user' ? ctx.deps.db.user.findUnique({ where: { id: caller.userId } }) : null),
    apiKey: (caller, _args, ctx) => (caller.kind === 'api_key' ? inTenant(ctx, 'read', (tx) => tx.apiKey.findUnique({ where: { id: caller.apiKeyId } })) : null),
    tenant: (caller, _args, ctx) => (accessOfCaller(caller).length ? inTenant(ctx, 'read', (tx, access) => tx.tenant.findUnique({ where: { id: access.tenantId } })) : null),
    role: (caller) => (caller.kind === 'user' ? (caller.tenant?.role ?? null) : null),
    scopes: (caller) => accessOfCaller(caller),
    isStaff: (caller) => caller.kind === 'user' && caller.isStaff,
    memberships: async (caller, _args, ctx) => {
      if (caller.kind !== 'user') return [];
      const rows = membershipRows.parse(await ctx.deps.db.$queryRaw`SELECT * FROM user_memberships(${caller.userId}::uuid)`);
      return rows.map((row) => ({ tenantId: encodeId('Tenant', row.tenantId), slug: row.slug, name: row.name, role: row.role }));
    },
  },
  Tenant: {
    id: (tenant) => encodeId('Tenant', tenant.id),
  },
  User: {
    id: (user) => encodeId('User', user.id),
  },
  Member: {
    id: (member) => encodeId('Member', member.id),
    user: async (member, _args, ctx) => {
      const user = await ctx.loaders.user.load(member.userId);
      if (!user) throw new DomainError('NOT_FOUND', 'User not found.');
      return user;
    },
  },
};

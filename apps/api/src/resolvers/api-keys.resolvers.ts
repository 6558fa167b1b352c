import { createApiKey } from '../api-keys/create-api-key';
import { revokeApiKey } from '../api-keys/revoke-api-key';
import { displayPrefix } from '../auth/api-key-token';
import type { Access } from '../auth/caller';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId, encodeId } from '../graphql/global-id';
import type { Prisma } from '@tributary/db';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, args, ctx) =>
      inTenant(ctx, 'admin', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const filter: Prisma.ApiKeyWhereInput = { tenantId: access.tenantId, ...(args.includeRevoked ? {} : { revokedAt: null }) };
        const rows = await tx.apiKey.findMany({ where: { AND: [filter, page.where as Prisma.ApiKeyWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      }),
  },
  Mutation: {
    createApiKey: (_parent, { input }, ctx) =>
      inTenant(ctx, 'admin', (tx, access) => createApiKey(tx, access, { name: input.name, scopes: input.scopes as Access[], expiresAt: input.expiresAt })),
    revokeApiKey: (_parent, { id }, ctx) => {
      const apiKeyId = decodeId(id, 'ApiKey');
      return inTenant(ctx, 'admin', (tx, access) => revokeApiKey(tx, access, apiKeyId));
    },
  },
  ApiKey: {
    id: (key) => encodeId('ApiKey', key.id),
    prefix: (key) => displayPrefix(key.prefix),
    scopes: (key) => key.scopes.filter((scope): scope is Access => scope === 'read' || scope === 'write' || scope === 'admin'),
    createdBy: (key, _args, ctx) => (key.createdById ? ctx.loaders.user.load(key.createdById) : null),
  },
};

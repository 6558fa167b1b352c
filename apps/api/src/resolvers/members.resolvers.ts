import type { Prisma } from '@tributary/db';
import { addMember } from '../members/add-member';
import { changeMemberRole, removeMember } from '../members/change-member';
import type { Role } from '../auth/caller';
import { pageQuery, toRelayPage } from '../graphql/cursor-page';
import { decodeId } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { inTenant } from './in-tenant';

export const memberResolvers: Resolvers = {
  Query: {
    members: (_parent, args, ctx) =>
      inTenant(ctx, 'read', async (tx, access) => {
        const page = pageQuery(args, 'createdAt');
        const rows = await tx.membership.findMany({ where: { AND: [{ tenantId: access.tenantId }, page.where as Prisma.MembershipWhereInput] }, orderBy: page.orderBy, take: page.take });
        return toRelayPage(rows, page, args, (row) => row.createdAt);
      }),
  },
  Mutation: {
    addMember: (_parent, { input }, ctx) => inTenant(ctx, 'admin', (tx, access) => addMember(tx, access, { ...input, role: input.role as Role })),
    changeMemberRole: (_parent, { input }, ctx) => {
      const memberId = decodeId(input.memberId, 'Member');
      return inTenant(ctx, 'admin', (tx, access) => changeMemberRole(tx, access, memberId, input.role as Role));
    },
    removeMember: async (_parent, { memberId }, ctx) => {
      const id = decodeId(memberId, 'Member');
      await inTenant(ctx, 'admin', (tx, access) => removeMember(tx, access, id));
      return { removedMemberId: memberId };
    },
  },
};

import type { PrismaClient } from '@tributary/db';

export interface GraphqlContext {
  db: PrismaClient;
}

export const resolvers = {
  Query: {
    health: async (_: unknown, __: unknown, ctx: GraphqlContext) => {
      const database = await ctx.db.$queryRaw`SELECT 1`.then(() => true, () => false);
      return { ok: database, database, version: '0.1.0' };
    },
  },
};

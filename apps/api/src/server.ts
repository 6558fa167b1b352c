import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createPrismaClient } from '@tributary/db';
import express from 'express';
import type { ApiConfig } from './config';
import { resolvers, type GraphqlContext } from './graphql/resolvers';

const typeDefs = readFileSync(new URL('./graphql/schema.graphql', import.meta.url), 'utf8');

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/** The API: GraphQL at /graphql plus a few plain HTTP routes. */
export async function startApi(config: ApiConfig): Promise<RunningApi> {
  const db = createPrismaClient(config.APP_DATABASE_URL);
  const apollo = new ApolloServer<GraphqlContext>({ typeDefs, resolvers, introspection: true });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const database = await db.$queryRaw`SELECT 1`.then(() => true, () => false);
    res.status(database ? 200 : 503).json({ ok: database, database });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ db }) }));

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.API_PORT, config.API_HOST, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.API_PORT;
  return {
    url: `http://${config.API_HOST}:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.$disconnect();
    },
  };
}

import { createServer, type Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import { createCredentialCipher, parseCredentialKeys } from '@tributary/core/credentials';
import { createPostgresRateLimiter } from '@tributary/core/rate-limit';
import { DomainError } from '@tributary/core/shared';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { createPrivilegedClient } from '@tributary/db/admin';
import express from 'express';
import pg from 'pg';
import { enforceApiKeyRateLimit } from './auth/api-key-rate-limit';
import { authenticateRequest } from './auth/authenticate-request';
import { apiEnvSchema, type ApiConfigInput } from './config';
import { parseEnv } from '@tributary/config';
import { toRequestGraphqlError } from './errors/domain-error.graphql';
import { createApolloServer } from './graphql/apollo-server';
import type { ApiDeps, GraphqlContext } from './graphql/context';
import { createConnectPageRouter } from './http/connect-page.route';
import { createOpsRouter } from './http/health.route';
import { createHubCounter } from './http/hub-metrics';
import { createOAuthCallbackRouter } from './http/oauth-callback.route';
import { createQueueProbe, startQueueClient } from './http/queue-probe';
import { createRequestLatency } from './http/request-latency';
import { createSessionRouter } from './http/session.route';
import { createLoaders } from './loaders/tenant-loaders';

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

export interface ApiOverrides {
  /** the application-role client (tests pass one that counts queries) */
  db?: PrismaClient;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** The API: GraphQL at /graphql plus the plain HTTP routes (health, metrics, sign-in, OAuth callback, connect page). */
export async function startApi(input: ApiConfigInput, overrides: ApiOverrides = {}): Promise<RunningApi> {
  // validated here too: callers may pass the environment's shape (tests, scripts); a missing variable is named
  const config = parseEnv('api', apiEnvSchema, input as Record<string, string | undefined>);
  const app = express();
  app.disable('x-powered-by');
  // the server listens before the routes exist (port 0 must be resolved first): until then, say so
  let ready = false;
  app.use((_req, res, next) => (ready ? next() : void res.status(503).set('retry-after', '1').json({ error: { code: 'STARTING', message: 'The API is starting.' } })));
  const server = createServer(app);
  const port = await listen(server, config.API_PORT, config.API_HOST);
  const url = `http://${config.API_HOST}:${port}`;
  const apiPublicUrl = config.API_PUBLIC_URL ?? url;

  const db = overrides.db ?? createPrismaClient(config.APP_DATABASE_URL);
  const privilegedDb = createPrivilegedClient(config.DATABASE_URL);
  const pool = new pg.Pool({ connectionString: config.APP_DATABASE_URL, max: 5 });
  pool.on('error', (err) => console.error('api: idle database client failed', err.message));
  const boss = await startQueueClient(config.DATABASE_URL);
  const cipher = createCredentialCipher(parseCredentialKeys(config.CREDENTIAL_KEYS));
  const deps: ApiDeps = {
    db,
    pool,
    boss,
    sync: { db, pool, cipher, queue: boss, rateLimiter: createPostgresRateLimiter(pool) },
    privilegedDb,
    cipher,
    apiPublicUrl,
    webUrl: config.WEB_URL,
    returnUrlAllowList: [config.WEB_URL, ...config.CONNECT_RETURN_URLS],
    sessionSigningSecret: config.SESSION_SIGNING_SECRET,
    development: config.NODE_ENV === 'development',
  };
  const apollo = createApolloServer({
    limits: { maxDepth: config.API_MAX_QUERY_DEPTH, maxCost: config.API_MAX_QUERY_COST, maxAliases: config.API_MAX_ALIASES },
    development: deps.development,
    production: config.NODE_ENV === 'production',
  });
  await apollo.start();

  const rateLimit = { burst: config.API_RATE_LIMIT_BURST, perSecond: config.API_RATE_LIMIT_PER_SECOND };
  const latency = createRequestLatency();
  app.use(latency.middleware);
  app.use(createOpsRouter({ db, queue: createQueueProbe(boss), countHub: createHubCounter(db), latency }));
  app.use(createSessionRouter({ db, buckets: pool, sessionSigningSecret: config.SESSION_SIGNING_SECRET, sessionTtlSeconds: config.SESSION_TTL_SECONDS }));
  app.use(createOAuthCallbackRouter({ db, cipher: deps.cipher, webUrl: config.WEB_URL, apiPublicUrl }));
  app.use(createConnectPageRouter({ db, cipher: deps.cipher, apiPublicUrl, connectSessionSecret: config.SESSION_SIGNING_SECRET }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphqlContext> => {
        try {
          const caller = await authenticateRequest(req.headers.authorization, { db, sessionSigningSecret: config.SESSION_SIGNING_SECRET });
          const budget = await enforceApiKeyRateLimit(pool, caller, rateLimit);
          if (budget) res.set({ 'ratelimit-limit': String(budget.limit), 'ratelimit-remaining': String(budget.remaining) });
          return { caller, deps, loaders: createLoaders(deps, caller) };
        } catch (err) {
          throw err instanceof DomainError ? toRequestGraphqlError(err) : err;
        }
      },
    }),
  );

  ready = true;
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      await Promise.all([db.$disconnect(), privilegedDb.$disconnect(), pool.end()]);
    },
  };
}

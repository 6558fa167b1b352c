import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@tributary/db';
import pg from 'pg';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { issueSessionToken, type SessionClaims } from '../auth/session-token';
import { apiEnvSchema, type ApiConfig } from '../config';
import { startApi, type ApiOverrides, type RunningApi } from '../server';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef0123456789';

export interface GraphqlReply {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface TestApi {
  api: RunningApi;
  database: TestDatabase;
  /** owner role: fixtures and assertions only */
  privilegedDb: PrismaClient;
  config: ApiConfig;
  graphql(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphqlReply>;
  sessionToken(claims: SessionClaims): Promise<string>;
  close(): Promise<void>;
}

/** The API in-process on port 0 against a fresh database (integration tests). */
export async function startTestApi(label: string, options: { env?: Record<string, string>; overrides?: (appUrl: string) => ApiOverrides & { release?: () => Promise<void> } } = {}): Promise<TestApi> {
  const database = await createTestDatabase(label);
  const config = apiEnvSchema.parse({
    DATABASE_URL: database.adminUrl,
    APP_DATABASE_URL: database.appUrl,
    API_PORT: '0',
    SESSION_SIGNING_SECRET: TEST_SIGNING_SECRET,
    CREDENTIAL_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    NODE_ENV: 'test',
    ...options.env,
  });
  const overrides = options.overrides?.(database.appUrl) ?? {};
  const api = await startApi(config, overrides);
  const privilegedDb = createPrivilegedClient(database.adminUrl);
  return {
    api,
    database,
    privilegedDb,
    config,
    async graphql(query, variables, opts = {}) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphqlReply['body'] };
    },
    async sessionToken(claims) {
      return (await issueSessionToken(claims, TEST_SIGNING_SECRET, 900)).token;
    },
    async close() {
      await api.close();
      await overrides.release?.();
      await privilegedDb.$disconnect();
      await database.drop();
    },
  };
}

/**
 * A Prisma client for `appUrl` that counts the SQL statements it sends (each statement a
 * `pg` client runs, BEGIN/COMMIT included), for the query-budget tests.
 */
export function createCountingClient(appUrl: string): { db: PrismaClient; statements: () => string[]; reset: () => void; release: () => Promise<void> } {
  let statements: string[] = [];
  const pool = new pg.Pool({ connectionString: appUrl, max: 10 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const first = args[0];
      statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text ?? ''));
      return original(...args);
    }) as typeof client.query;
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { db, statements: () => [...statements], reset: () => (statements = []), release: () => pool.end() };
}

import type { PrismaClient } from '@tributary/db';
import type { CredentialCipher } from '@tributary/core/credentials';
import type { SyncDeps } from '@tributary/core/sync';
import type { PgBoss } from 'pg-boss';
import type pg from 'pg';
import type { Caller } from '../auth/caller';
import type { Loaders } from '../loaders/tenant-loaders';

/** Long-lived dependencies of the resolvers, made once at boot. */
export interface ApiDeps {
  /** application role: Row Level Security applies */
  db: PrismaClient;
  /** application role over `pg` (the sync engine's bulk path, shared rate-limit buckets) */
  pool: pg.Pool;
  /** sends jobs to the worker (pg-boss on the owner connection, its own schema) */
  boss: PgBoss;
  /** what the sync engine's use cases need (application role, queue, provider rate limits) */
  sync: SyncDeps;
  /** the privileged path: support-staff operations only, each audited */
  privilegedDb: PrismaClient;
  cipher: CredentialCipher;
  /** public URL of this API (OAuth redirect URIs) */
  apiPublicUrl: string;
  /** the portal (OAuth return) */
  webUrl: string;
  /** where connect flows may send the browser back to (the portal is always allowed) */
  returnUrlAllowList: string[];
  /** connect-session tokens are signed with a key derived from it */
  sessionSigningSecret: string;
  development: boolean;
}

/** One request's context: who calls, the dependencies, and request-scoped DataLoaders. */
export interface GraphqlContext {
  caller: Caller;
  deps: ApiDeps;
  loaders: Loaders;
}

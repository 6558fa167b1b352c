import type { RateLimiter } from '@tributary/connectors';
import type { PrismaClient } from '@tributary/db';
import type pg from 'pg';
import type { PgBoss } from 'pg-boss';
import type { CredentialCipher } from '../credentials/index';

/** The part of pg-boss the sync use cases call (the worker and the API each hold a PgBoss). */
export type SyncJobQueue = Pick<PgBoss, 'send' | 'sendAfter' | 'schedule' | 'unschedule'>;

/** Something the engine reports while it works (a worker logs it; tests may collect it). */
export type SyncLogEvent =
  | { type: 'page'; runId: string; records: number; created: number; updated: number; unchanged: number; failed: number; ms: number }
  | { type: 'delivered'; runId: string; destinationId: string; pushed: number; skipped: number; failed: number; ms: number }
  | { type: 'step'; runId: string; pages: number; outcome: string; ms: number }
  | { type: 'retry'; runId: string; attempt: number; delayMs: number; reason: string }
  | { type: 'run-finished'; runId: string; status: 'succeeded' | 'failed'; reason?: string };

/**
 * What the sync use cases need. `db` and `pool` are the application role (Row Level Security
 * applies to every query); `pool` carries the bulk data path, `db` (Prisma) the metadata.
 */
export interface SyncDeps {
  db: PrismaClient;
  pool: pg.Pool;
  cipher: CredentialCipher;
  queue: SyncJobQueue;
  /** shared provider limits (the Postgres limiter in production); without it each call limits itself in-process */
  rateLimiter?: RateLimiter;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  log?: (event: SyncLogEvent) => void;
}

export function readNow(deps: Pick<SyncDeps, 'now'>): Date {
  return deps.now ? deps.now() : new Date();
}

import { computeBackoffMs, isConnectorError } from '@tributary/connectors';
import { withTenant } from '@tributary/db';
import { DomainError } from '../../shared/index';
import { enqueueSyncJob } from '../queues';
import type { SyncDeps } from '../sync-deps';
import { finishRunFailed } from './finish-run';
import type { RunRecord } from './run-context';

export interface RunRetryPolicy {
  /** attempts of a run in a row that may fail retryably before the run fails */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRunRetry: RunRetryPolicy = { maxAttempts: 6, baseDelayMs: 2_000, maxDelayMs: 300_000 };

/** How a step's failure is handled: try again later (with at least `retryAfterMs`), or fail the run now. */
export type FailureDecision = { kind: 'retry'; code: string; message: string; retryAfterMs?: number } | { kind: 'fail'; code: string; message: string };

/** NEEDS_REAUTH and other permanent problems fail fast; provider hiccups, timeouts and database errors are retried. */
export function classifyStepFailure(error: unknown): FailureDecision {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DomainError) {
    return error.code === 'RATE_LIMITED' || error.code === 'PROVIDER_ERROR'
      ? { kind: 'retry', code: error.code, message, retryAfterMs: error.details.retryAfterSeconds ? error.details.retryAfterSeconds * 1000 : undefined }
      : { kind: 'fail', code: error.code, message };
  }
  if (isConnectorError(error)) {
    if (error.code === 'needs_reauth') return { kind: 'fail', code: 'NEEDS_REAUTH', message };
    const code = `PROVIDER_${error.code.toUpperCase()}`;
    return error.retryable ? { kind: 'retry', code, message, retryAfterMs: error.retryAfterMs } : { kind: 'fail', code, message };
  }
  return { kind: 'retry', code: 'INTERNAL', message };
}

/**
 * Retries the run after a jittered exponential backoff (never sooner than a Retry-After), or
 * fails it with the reason once `maxAttempts` attempts in a row failed. The stream checkpoint
 * keeps every page that committed.
 */
export async function handleStepFailure(deps: SyncDeps, run: RunRecord, error: unknown, policy: RunRetryPolicy): Promise<'retrying' | 'failed'> {
  const decision = classifyStepFailure(error);
  if (decision.kind === 'fail' || run.attempt >= policy.maxAttempts) {
    const message = decision.kind === 'retry' ? `${decision.message} (gave up after ${run.attempt} attempts)` : decision.message;
    await finishRunFailed(deps, run, { code: decision.code, message });
    return 'failed';
  }
  const backoff = computeBackoffMs(run.attempt, { maxAttempts: policy.maxAttempts, baseDelayMs: policy.baseDelayMs, maxDelayMs: policy.maxDelayMs });
  const delayMs = Math.max(backoff, decision.retryAfterMs ?? 0);
  await withTenant(deps.db, run.tenantId, (tx) =>
    tx.syncRun.updateMany({ where: { id: run.runId, status: { in: ['queued', 'running'] } }, data: { attempt: { increment: 1 }, errorCode: decision.code, error: decision.message.slice(0, 2000) } }),
  );
  deps.log?.({ type: 'retry', runId: run.runId, attempt: run.attempt + 1, delayMs, reason: decision.message });
  await enqueueSyncJob(deps.queue, 'sync.run', { tenantId: run.tenantId, syncConfigId: run.syncConfigId, runId: run.runId }, { singletonKey: run.syncConfigId, delaySeconds: delayMs / 1000 });
  return 'retrying';
}

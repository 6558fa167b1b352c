import { type SandboxStats } from '../sandbox.types';

export interface StatsCounter {
  snapshot(): SandboxStats;
  countRequest(): void;
  countStatus(status: number | 'reset'): void;
  countTokenRequest(): void;
  countWrites(count: number): void;
  countWebhook(outcome: 'delivered' | 'failed'): void;
  reset(): void;
}

function buildEmptyStats(): SandboxStats {
  return { requests: 0, tokenRequests: 0, byStatus: {}, writes: 0, webhooks: { delivered: 0, failed: 0 } };
}

export function createStatsCounter(): StatsCounter {
  let stats = buildEmptyStats();
  return {
    snapshot: () => ({ ...stats, byStatus: { ...stats.byStatus }, webhooks: { ...stats.webhooks } }),
    countRequest() {
      stats.requests += 1;
    },
    countStatus(status) {
      const key = String(status);
      stats.byStatus[key] = (stats.byStatus[key] ?? 0) + 1;
    },
    countTokenRequest() {
      stats.tokenRequests += 1;
    },
    countWrites(count) {
      stats.writes += count;
    },
    countWebhook(outcome) {
      stats.webhooks[outcome] += 1;
    },
    reset() {
      stats = buildEmptyStats();
    },
  };
}

import { type RequestHandler, type Response } from 'express';
import { type FaultState } from './fault-state';
import { type StatsCounter } from './request-stats';

/** How one provider words its throttling and outage responses, and which paths are special. */
export interface FaultProfile {
  sendRateLimited(res: Response): void;
  sendUnavailable(res: Response, status: 502 | 503): void;
  /** Paths (exact) that are counted but never faulted, e.g. the browser consent screen. */
  exemptPaths: readonly string[];
  /** The OAuth token endpoint: every POST to it counts in `tokenRequests`, faulted or not. */
  tokenPath: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Counts every provider request and injects the configured faults, in this order:
 * latency, connection reset, 429 with Retry-After, 502/503 (alternating). The
 * consent screen is exempt: it is a browser page, not the provider's API.
 */
export function createFaultMiddleware(state: FaultState, stats: StatsCounter, profile: FaultProfile): RequestHandler {
  let outages = 0;
  return async (req, res, next) => {
    stats.countRequest();
    if (req.method === 'POST' && req.path === profile.tokenPath) stats.countTokenRequest();
    res.on('finish', () => stats.countStatus(res.statusCode));
    if (profile.exemptPaths.includes(req.path)) return next();
    const faults = state.current();
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.resetRate > 0 && Math.random() < faults.resetRate) {
      stats.countStatus('reset');
      req.socket.destroy();
      return;
    }
    if (faults.rate429 > 0 && Math.random() < faults.rate429) {
      res.set('Retry-After', String(faults.retryAfterSeconds));
      profile.sendRateLimited(res);
      return;
    }
    if (faults.rate5xx > 0 && Math.random() < faults.rate5xx) {
      outages += 1;
      profile.sendUnavailable(res, outages % 2 === 1 ? 502 : 503);
      return;
    }
    next();
  };
}

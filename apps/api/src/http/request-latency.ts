import type { RequestHandler } from 'express';

/** Routes measured by name (anything else is `other`: no unbounded label values). */
const KNOWN_ROUTES = ['/graphql', '/healthz', '/metrics', '/auth/session', '/oauth/callback', '/connect', '/connect/start'];
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  counts: number[];
  sum: number;
  count: number;
}

/** A Prometheus histogram of request latency by route, method and status, in this process. */
export interface RequestLatency {
  middleware: RequestHandler;
  render(): string;
}

export function createRequestLatency(): RequestLatency {
  const series = new Map<string, Series>();
  const observe = (labels: string, seconds: number) => {
    let s = series.get(labels);
    if (!s) series.set(labels, (s = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) s.counts[i]! += 1;
    });
    s.sum += seconds;
    s.count += 1;
  };
  return {
    middleware(req, res, next) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const path = req.originalUrl.split('?')[0];
        const route = KNOWN_ROUTES.find((known) => path === known) ?? 'other';
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        observe(`route="${route}",method="${req.method}",status="${res.statusCode}"`, seconds);
      });
      next();
    },
    render() {
      const lines = ['# HELP tributary_api_request_duration_seconds HTTP request latency.', '# TYPE tributary_api_request_duration_seconds histogram'];
      for (const [labels, s] of series) {
        BUCKETS.forEach((bound, i) => lines.push(`tributary_api_request_duration_seconds_bucket{${labels},le="${bound}"} ${s.counts[i]}`));
        lines.push(`tributary_api_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
        lines.push(`tributary_api_request_duration_seconds_sum{${labels}} ${s.sum}`);
        lines.push(`tributary_api_request_duration_seconds_count{${labels}} ${s.count}`);
      }
      return lines.join('\n');
    },
  };
}

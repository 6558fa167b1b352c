import type { PrismaClient } from '@tributary/db';
import express, { type Router } from 'express';
import type { HubCounts } from './hub-metrics';
import type { QueueProbe } from './queue-probe';
import type { RequestLatency } from './request-latency';

export interface OpsRouteDeps {
  db: PrismaClient;
  queue: QueueProbe;
  countHub: () => Promise<HubCounts>;
  latency: RequestLatency;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** `GET /healthz` (database and queue reachable: 200, else 503) and `GET /metrics` (Prometheus text). */
export function createOpsRouter(deps: OpsRouteDeps): Router {
  const router = express.Router();
  router.get('/healthz', async (_req, res) => {
    const [database, queue] = await Promise.all([deps.db.$queryRaw`SELECT 1`.then(() => true, () => false), deps.queue.reachable()]);
    const ok = database && queue;
    res.status(ok ? 200 : 503).set('cache-control', 'no-store').json({ ok, database, queue });
  });
  router.get('/metrics', async (_req, res) => {
    const lines: string[] = [];
    try {
      const counts = await deps.countHub();
      lines.push('# HELP tributary_sync_runs Sync runs by status (all tenants).', '# TYPE tributary_sync_runs gauge');
      for (const status of ['queued', 'running', 'succeeded', 'failed', 'cancelled']) lines.push(`tributary_sync_runs{status="${status}"} ${counts.runsByStatus[status] ?? 0}`);
      lines.push('# HELP tributary_records Canonical records in the hub by model.', '# TYPE tributary_records gauge');
      for (const [model, n] of Object.entries(counts.recordsByModel)) lines.push(`tributary_records{model="${escapeLabel(model)}"} ${n}`);
      lines.push('# HELP tributary_dead_letters_open Failed records waiting for replay or discard.', '# TYPE tributary_dead_letters_open gauge');
      lines.push(`tributary_dead_letters_open ${counts.deadLettersOpen}`);
    } catch (err) {
      console.error('api: metrics: hub counts failed', err);
    }
    try {
      const queues = await deps.queue.depth();
      lines.push('# HELP tributary_queue_depth Jobs waiting per queue.', '# TYPE tributary_queue_depth gauge');
      for (const q of queues) lines.push(`tributary_queue_depth{queue="${escapeLabel(q.queue)}"} ${q.queued}`);
      lines.push('# HELP tributary_queue_active Jobs being processed per queue.', '# TYPE tributary_queue_active gauge');
      for (const q of queues) lines.push(`tributary_queue_active{queue="${escapeLabel(q.queue)}"} ${q.active}`);
    } catch (err) {
      console.error('api: metrics: queue depth failed', err);
    }
    lines.push(deps.latency.render());
    res.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
  });
  return router;
}

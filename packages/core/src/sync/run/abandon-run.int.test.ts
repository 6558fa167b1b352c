import { withTenant } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncConfig } from '../config/create-sync-config';
import { syncQueues } from '../queues';
import { startSyncFixture, waitForRun, type SyncFixture } from '../testing/sync-fixture';
import { abandonRun } from './abandon-run';
import { requestSyncRun } from './request-sync-run';

let fx: SyncFixture;

beforeAll(async () => {
  fx = await startSyncFixture('abandon', { contacts: 100 });
  await fx.boss.work('sync.run.abandoned', { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await abandonRun(fx.deps, syncQueues['sync.run.abandoned'].payload.parse(job.data), 26);
  });
});

afterAll(async () => {
  await fx?.close();
});

describe('a run whose step never finishes', () => {
  it('fails with WORKER_LOST once pg-boss gives its step up, instead of staying running forever', async () => {
    const { syncConfigId } = await createSyncConfig(fx.deps, fx.tenant.tenantId, fx.tenant.owner, {
      name: 'abandoned',
      sourceConnectionId: fx.tenant.crmConnectionId,
      sourceStream: 'contacts',
      model: 'contact',
      destinationConnectionIds: [fx.tenant.warehouseConnectionId],
    });
    const { runId } = await requestSyncRun(fx.deps, { tenantId: fx.tenant.tenantId, syncConfigId, trigger: 'manual' }, fx.tenant.owner);
    // the last of its retries: a worker takes the step and dies with it
    await fx.admin.query(`UPDATE pgboss.job SET retry_limit = 0 WHERE name = 'sync.run' AND data->>'runId' = $1`, [runId]);
    const [job] = await fx.boss.fetch('sync.run');
    expect(job?.data).toMatchObject({ runId });
    await fx.boss.fail('sync.run', job?.id as string, { message: 'worker process killed' });

    const run = await waitForRun(fx.admin, runId, 20_000);
    expect(run).toMatchObject({ status: 'failed', errorCode: 'WORKER_LOST' });
    expect(String(run.error)).toMatch(/retried 26 times without finishing/);
    const events = await withTenant(fx.db, fx.tenant.tenantId, (tx) => tx.hubEvent.findMany({ where: { type: 'sync.run.failed', subjectId: runId } }));
    expect(events).toHaveLength(1);
  });
});

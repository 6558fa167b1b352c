import { runProcess } from '@tributary/config';
import { loadWorkerConfig } from './config';
import { startWorker } from './worker';

await runProcess(async () => {
  const worker = await startWorker(loadWorkerConfig(process.env));
  return { ready: 'worker: connected to pg-boss, waiting for jobs', stop: () => worker.stop() };
});

import { ConfigError } from '@tributary/config';
import { loadWorkerConfig } from './config';
import { startWorker } from './worker';

try {
  const config = loadWorkerConfig(process.env);
  const worker = await startWorker(config);
  console.log('worker: connected to pg-boss, waiting for jobs');
  const shutdown = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}

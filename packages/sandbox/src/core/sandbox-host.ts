import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { type SandboxServer } from '../sandbox.types';
import { createControlRouter, type SandboxControls } from './control.routes';
import { createFaultMiddleware, type FaultProfile } from './fault.middleware';

export interface SandboxHostOptions {
  port: number;
  host: string;
  controls: SandboxControls;
  faultProfile: FaultProfile;
  /** Mounts the provider's own routes (body parsing, auth, API, 404 and error handlers). */
  mountRoutes(app: Express): void;
  onClose?: () => Promise<void>;
}

/** Starts one loopback HTTP server: control routes first, then faults, then the provider. */
export async function startSandboxHost(options: SandboxHostOptions): Promise<SandboxServer> {
  const { controls } = options;
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use('/__sandbox', createControlRouter(controls));
  app.use(createFaultMiddleware(controls.faults, controls.stats, options.faultProfile));
  options.mountRoutes(app);

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host}:${port}`,
    async close() {
      await options.onClose?.();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    setFaults: (faults) => void controls.faults.set(faults),
    resetFaults: () => void controls.faults.reset(),
    faults: () => controls.faults.current(),
    mutate: (object, count) => controls.mutate(object, count),
    remove: (object, count) => controls.remove(object, count),
    stats: () => controls.stats.snapshot(),
    resetStats: () => controls.stats.reset(),
    isMalformed: (object, id) => controls.isMalformed(object, id),
    revokeAllTokens: () => controls.revokeAllTokens(),
  };
}

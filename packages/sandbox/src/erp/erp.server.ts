import { z } from 'zod';
import { createFaultState } from '../core/fault-state';
import { createStatsCounter } from '../core/request-stats';
import { startSandboxHost } from '../core/sandbox-host';
import { createUpdateClock } from '../core/update-clock';
import { createOAuthStore } from '../oauth/oauth-store';
import { createOAuthRouter } from '../oauth/oauth.routes';
import { sandboxBaseOptionsSchema } from '../sandbox-options';
import { type SandboxServer } from '../sandbox.types';
import { createErpCatalog, erpWindowEndMs } from './erp-catalog';
import { mutateErpRecords, removeErpRecords } from './erp-changes';
import { createErpAuthMiddleware, handleErpError, sendErpError } from './erp-errors';
import { createErpReadRouter } from './erp-read.routes';
import { createErpWriteRouter } from './erp-write.routes';
import { createIdempotencyStore } from './idempotency-store';

const countSchema = z.number().int().min(0).max(100_000_000);

export const erpOptionsSchema = sandboxBaseOptionsSchema.extend({
  counts: z.object({ customers: countSchema.default(500), invoices: countSchema.default(1500) }).prefault({}),
  clients: sandboxBaseOptionsSchema.shape.clients.default([{ clientId: 'sandbox-erp-client', clientSecret: 'sandbox-erp-secret' }]),
  apiKeys: z.array(z.string().min(1)).default(['erp-sandbox-key']),
});

export type SandboxErpOptions = z.input<typeof erpOptionsSchema>;

/** Starts a QuickBooks / NetSuite-like REST ERP on loopback. */
export async function startSandboxErp(input: SandboxErpOptions = {}): Promise<SandboxServer> {
  const options = erpOptionsSchema.parse(input);
  const stats = createStatsCounter();
  const catalog = createErpCatalog(options.seed, options.counts, createUpdateClock(erpWindowEndMs));
  const oauth = createOAuthStore(options.clients, options.accessTokenTtlSeconds, 'erp-');
  const faults = createFaultState(options.malformedRate, () => oauth.revokeAll());
  const idempotency = createIdempotencyStore();

  return startSandboxHost({
    port: options.port,
    host: options.host,
    controls: {
      faults,
      stats,
      mutate: async (object, count) => mutateErpRecords(catalog, object, count),
      remove: async (object, count) => removeErpRecords(catalog, object, count),
      isMalformed(object, id) {
        const state = catalog.find(object);
        const index = state ? catalog.parseId(state, id) : undefined;
        const record = state && index !== undefined ? state.store.get(index) : undefined;
        return state !== undefined && record !== undefined && catalog.isMalformed(state, record, faults.current().malformedRate);
      },
      revokeAllTokens: () => oauth.revokeAll(),
    },
    faultProfile: {
      sendRateLimited: (res) => sendErpError(res, 429, 'rate_limited', 'Too many requests: slow down and retry after the Retry-After delay.'),
      sendUnavailable: (res, status) => sendErpError(res, status, 'service_unavailable', `The ERP is temporarily unavailable (${status}).`),
      exemptPaths: ['/oauth2/authorize', '/oauth2/authorize/decision'],
      tokenPath: '/oauth2/token',
    },
    mountRoutes(app) {
      app.use(createOAuthRouter({ store: oauth, providerName: 'Sandbox ERP', authorizePath: '/oauth2/authorize', tokenPath: '/oauth2/token' }));
      app.use('/api', createErpAuthMiddleware(oauth, options.apiKeys));
      app.use(createErpReadRouter({ catalog, faults, maxPageSize: options.maxPageSize }));
      app.use(createErpWriteRouter({ catalog, faults, stats, idempotency }));
      app.use((_req, res) => sendErpError(res, 404, 'not_found', 'No route matches this request'));
      app.use(handleErpError);
    },
  });
}

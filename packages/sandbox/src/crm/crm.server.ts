import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createFaultState } from '../core/fault-state';
import { createStatsCounter } from '../core/request-stats';
import { startSandboxHost } from '../core/sandbox-host';
import { createUpdateClock } from '../core/update-clock';
import { createOAuthStore } from '../oauth/oauth-store';
import { createOAuthRouter } from '../oauth/oauth.routes';
import { type SandboxCrmServer } from '../sandbox.types';
import { sandboxBaseOptionsSchema } from '../sandbox-options';
import { createCrmCatalog, crmWindowEndMs, parseCrmId } from './crm-catalog';
import { mutateCrmRecords, removeCrmRecords } from './crm-changes';
import { createCrmAuthMiddleware, handleCrmError, sendCrmError } from './crm-errors';
import { createCrmReadRouter } from './crm-read.routes';
import { createCrmTokenInfoRouter } from './crm-token-info.routes';
import { createCrmWriteRouter } from './crm-write.routes';
import { createWebhookSender } from './webhook-sender';

const countSchema = z.number().int().min(0).max(100_000_000);

export const crmOptionsSchema = sandboxBaseOptionsSchema.extend({
  counts: z.object({ contacts: countSchema.default(1000), companies: countSchema.default(200), deals: countSchema.default(300) }).prefault({}),
  clients: sandboxBaseOptionsSchema.shape.clients.default([{ clientId: 'sandbox-crm-client', clientSecret: 'sandbox-crm-secret' }]),
  privateAppTokens: z.array(z.string().min(1)).default(['pat-sandbox-crm']),
  webhookTargetUrl: z.url().optional(),
  /** HubSpot account id in webhook events and token metadata. */
  portalId: z.number().int().positive().default(62515),
  /** Delays before webhook retries (ms); tests shorten them. */
  webhookRetryDelaysMs: z.array(z.number().int().min(0)).optional(),
});

export type SandboxCrmOptions = z.input<typeof crmOptionsSchema>;

/** Starts a HubSpot CRM v3 look-alike on loopback. */
export async function startSandboxCrm(input: SandboxCrmOptions = {}): Promise<SandboxCrmServer> {
  const options = crmOptionsSchema.parse(input);
  const stats = createStatsCounter();
  const clock = createUpdateClock(crmWindowEndMs);
  const catalog = createCrmCatalog(options.seed, options.counts, clock);
  const oauth = createOAuthStore(options.clients, options.accessTokenTtlSeconds, 'crm-');
  const faults = createFaultState(options.malformedRate, () => oauth.revokeAll());
  const identity = { portalId: options.portalId, appId: 1160452 };
  const webhooks = createWebhookSender({
    ...identity,
    targetUrl: options.webhookTargetUrl,
    clientSecret: options.clients[0]?.clientSecret ?? '',
    stats,
    retryDelaysMs: options.webhookRetryDelaysMs,
  });
  const changeContext = { catalog, webhooks, stats };

  const server = await startSandboxHost({
    port: options.port,
    host: options.host,
    controls: {
      faults,
      stats,
      mutate: async (object, count) => mutateCrmRecords(changeContext, object, count),
      remove: async (object, count) => removeCrmRecords(changeContext, object, count),
      isMalformed(object, id) {
        const state = catalog.find(object);
        const index = parseCrmId(id);
        const record = state && index !== undefined ? state.store.get(index) : undefined;
        return state !== undefined && record !== undefined && catalog.isMalformed(state, record, faults.current().malformedRate);
      },
      revokeAllTokens: () => oauth.revokeAll(),
      webhookTarget: { read: () => webhooks.target(), set: (url) => webhooks.setTarget(url) },
    },
    faultProfile: {
      sendRateLimited: (res) =>
        void res.status(429).json({
          status: 'error',
          message: 'You have reached your secondly limit.',
          errorType: 'RATE_LIMIT',
          correlationId: randomUUID(),
          policyName: 'SECONDLY',
        }),
      exemptPaths: ['/oauth/authorize', '/oauth/authorize/decision'],
      tokenPath: '/oauth/v1/token',
      sendUnavailable: (res, status) =>
        sendCrmError(res, status, 'INTERNAL_ERROR', status === 502 ? 'Bad Gateway: upstream timed out' : 'Service Unavailable: please retry'),
    },
    mountRoutes(app) {
      app.use(createOAuthRouter({ store: oauth, providerName: 'Sandbox CRM', authorizePath: '/oauth/authorize', tokenPath: '/oauth/v1/token' }));
      app.use(createCrmTokenInfoRouter(oauth, identity));
      app.use('/crm', createCrmAuthMiddleware(oauth, new Set(options.privateAppTokens)));
      app.use(createCrmReadRouter({ catalog, faults, maxPageSize: options.maxPageSize }));
      app.use(createCrmWriteRouter({ ...changeContext, faults, maxBatchSize: Math.max(100, options.maxPageSize) }));
      app.use((_req, res) => sendCrmError(res, 404, 'OBJECT_NOT_FOUND', 'No route matches this request'));
      app.use(handleCrmError);
    },
    onClose: () => webhooks.close(),
  });
  return { ...server, setWebhookTarget: (url) => webhooks.setTarget(url === null ? null : z.url().parse(url)) };
}

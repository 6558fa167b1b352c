import { defineConnector } from '../../define';
import { ConnectorError } from '../../engine/connector-error';
import { resolveRestAuth } from '../rest-declarative/rest-auth';
import { restDestinationSettingsSchema } from './destination-settings';
import { writeItems } from './write-items';

/**
 * Downstream REST API configured as data: per-model method, path template and body map,
 * idempotency keys on every request. Its auth comes from the settings.
 */
export const connector = defineConnector({
  id: 'rest-destination',
  label: 'REST API destination',
  category: 'api',
  description: 'Pushes canonical records to your API: per-model method, path template and body map, with idempotency keys.',
  // the catalogue's default; the connection's auth comes from resolveAuth
  auth: { type: 'none' },
  resolveAuth: (settings) => resolveRestAuth(settings.auth),
  settings: restDestinationSettingsSchema,
  baseUrl: (settings) => settings.baseUrl,
  rateLimitFor: (settings) => settings.rateLimit,
  streams: [],
  destination: {
    models: ['contact', 'company', 'deal', 'invoice'],
    async write(ctx, model, items) {
      const route = ctx.settings.models[model];
      if (!route) throw new ConnectorError('config', `rest-destination has no route for ${model} records`);
      return writeItems(ctx, model, route, items);
    },
  },
});

export default connector;

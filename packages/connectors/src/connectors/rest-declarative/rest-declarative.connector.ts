import { defineConnector } from '../../define';
import { resolveRestAuth } from './rest-auth';
import { restSettingsSchema, type RestSettings } from './rest-settings';
import { buildRestStream } from './rest-stream';

function resolveRestStreams(settings: RestSettings) {
  return settings.streams.map(buildRestStream);
}

/**
 * A REST source configured entirely as data: paths, paginators, incremental filters and field
 * maps. Its streams and its auth come from the per-connection settings.
 */
export const connector = defineConnector({
  id: 'rest-declarative',
  label: 'REST API (declarative)',
  category: 'api',
  description: 'Reads any JSON REST API described as data: paths, paginators, incremental filters and field maps.',
  // the catalogue's default; the connection's auth comes from resolveAuth
  auth: { type: 'none' },
  resolveAuth: (settings) => resolveRestAuth(settings.auth),
  settings: restSettingsSchema,
  baseUrl: (settings) => settings.baseUrl,
  rateLimitFor: (settings) => settings.rateLimit,
  streams: [],
  resolveStreams: resolveRestStreams,
  async check({ settings, http }) {
    const [first] = resolveRestStreams(settings);
    const request = first?.request?.({ settings, pageSize: 1, since: undefined });
    if (request) await http.request(request);
  },
});

export default connector;

import { defineConnector } from '../../define';
import { resolveRestAuth } from '../rest-declarative/rest-auth';
import { graphqlSettingsSchema } from './graphql-settings';
import { buildGraphqlStream } from './graphql-stream';

/**
 * A GraphQL source configured as data: Relay-style connections (edges / nodes + pageInfo) mapped
 * to canonical models. Its streams and its auth come from the per-connection settings.
 */
export const connector = defineConnector({
  id: 'graphql',
  label: 'GraphQL API',
  category: 'api',
  description: 'Reads Relay-style connections (edges / nodes + pageInfo) from any GraphQL endpoint, mapped by configuration.',
  // the catalogue's default; the connection's auth comes from resolveAuth
  auth: { type: 'none' },
  resolveAuth: (settings) => resolveRestAuth(settings.auth),
  settings: graphqlSettingsSchema,
  rateLimitFor: (settings) => settings.rateLimit,
  streams: [],
  resolveStreams: (settings) => settings.streams.map(buildGraphqlStream),
  async check({ settings, http }) {
    await http.request({ method: 'POST', url: settings.endpoint, headers: { ...settings.headers }, body: { query: '{ __typename }' } });
  },
});

export default connector;

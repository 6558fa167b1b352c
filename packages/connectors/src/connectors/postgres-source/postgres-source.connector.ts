import pg from 'pg';
import { defineConnector } from '../../define';
import { buildConnectionString, classifyPgError } from './pg-connection';
import { buildPostgresStream } from './postgres-source.stream';
import { postgresSourceSettingsSchema } from './source-settings';

/**
 * A customer's Postgres as a source: one stream per configured table or SELECT (from the
 * settings), paged by keyset on (change time, primary key), incremental on the change time.
 */
export const connector = defineConnector({
  id: 'postgres-source',
  label: 'PostgreSQL source',
  category: 'database',
  description: 'Reads tables or queries of your Postgres (e.g. a replica) in change-time order, incrementally.',
  // the user and password may sit in the connection string or come as basic credentials
  auth: { type: 'none' },
  settings: postgresSourceSettingsSchema,
  streams: [],
  resolveStreams: (settings) => settings.streams.map(buildPostgresStream),
  async check({ settings, credentials }) {
    const client = new pg.Client({ connectionString: buildConnectionString(settings.connectionString, credentials) });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw classifyPgError(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  },
});

export default connector;

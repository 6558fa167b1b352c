import { ConfigError } from '@tributary/config';
import { loadApiConfig } from './config';
import { startApi } from './server';

try {
  const config = loadApiConfig(process.env);
  const api = await startApi(config);
  console.log(`api: GraphQL at ${api.url}/graphql`);
  const shutdown = async () => {
    await api.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}

import { runProcess } from '@tributary/config';
import { loadApiConfig } from './config';
import { startApi } from './server';

await runProcess(async () => {
  const api = await startApi(loadApiConfig(process.env));
  return { ready: `api: GraphQL at ${api.url}/graphql`, stop: () => api.close() };
});

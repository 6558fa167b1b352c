import { parseEnv, port, postgresUrl, secret } from '@tributary/config';
import { z } from 'zod';

export const apiEnvSchema = z.object({
  /** owner connection: privileged support operations only */
  DATABASE_URL: postgresUrl,
  /** application role connection (Row Level Security applies) */
  APP_DATABASE_URL: postgresUrl,
  API_PORT: port.default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** where the portal lives (OAuth callbacks redirect back to it) */
  WEB_URL: z.url().default('http://127.0.0.1:3000'),
  /** public URL of this API (OAuth redirect URIs, webhook URLs) */
  API_PUBLIC_URL: z.url().optional(),
  SESSION_SIGNING_SECRET: secret(32),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type ApiConfig = z.infer<typeof apiEnvSchema>;

export function loadApiConfig(env: Record<string, string | undefined>): ApiConfig {
  return parseEnv('api', apiEnvSchema, env);
}

import { parseEnv, port, postgresUrl, secret } from '@tributary/config';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const apiEnvSchema = z.object({
  /** owner connection: pg-boss's schema and audited support-staff operations only */
  DATABASE_URL: postgresUrl,
  /** application role connection (Row Level Security applies) */
  APP_DATABASE_URL: postgresUrl,
  API_PORT: port.default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** where the portal lives (OAuth callbacks redirect back to it) */
  WEB_URL: z.url().default('http://127.0.0.1:3000'),
  /** public URL of this API (OAuth redirect URIs, webhook URLs); defaults to http://API_HOST:API_PORT */
  API_PUBLIC_URL: z.url().optional(),
  /** comma-separated URLs (and paths below them) that OAuth connect flows and connect sessions may return to, besides WEB_URL */
  CONNECT_RETURN_URLS: z
    .union([z.string().transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean)), z.array(z.string())])
    .default([])
    .pipe(z.array(z.url())),
  /** HS256 key of portal session tokens (32+ characters); connect-session tokens use a key derived from it */
  SESSION_SIGNING_SECRET: secret(32),
  /** lifetime of a portal session token */
  SESSION_TTL_SECONDS: positiveInt(900),
  /** credential encryption keys, "keyId:base64key[,keyId:base64key...]" (the first encrypts) */
  CREDENTIAL_KEYS: z.string().min(1),
  /** per-API-key token bucket, shared by every API process: burst size... */
  API_RATE_LIMIT_BURST: positiveInt(120),
  /** ...and sustained requests per second */
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(10),
  API_MAX_QUERY_DEPTH: positiveInt(12),
  API_MAX_QUERY_COST: positiveInt(5000),
  API_MAX_ALIASES: positiveInt(30),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type ApiConfig = z.infer<typeof apiEnvSchema>;
/** What `startApi` accepts: the environment's shape, or an already parsed config (parsing is idempotent). */
export type ApiConfigInput = z.input<typeof apiEnvSchema>;

export function loadApiConfig(env: Record<string, string | undefined>): ApiConfig {
  return parseEnv('api', apiEnvSchema, env);
}

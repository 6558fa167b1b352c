import type { AnyConnectorDef, AuthSession, Credentials, HttpClient, RateLimiter } from '../contract';
import { createStaticAuthSession } from './auth-session';
import { createHttpClient, type HttpEvent } from './http-client';
import { resolveAuth, resolveRateLimit } from './connector-settings';
import type { RetryOptions } from './retry-policy';

/** What every call into a connector (read, write, check) needs besides its own arguments. */
export interface ConnectorCallOptions {
  connector: AnyConnectorDef;
  /** per-tenant settings; parsed with the connector's schema */
  settings: unknown;
  credentials: Credentials;
  /** request headers; defaults to a static session built from `credentials` */
  auth?: AuthSession;
  rateLimiter?: RateLimiter;
  /** one key per provider connection, so all workers share its limit */
  rateLimitKey?: string;
  retry?: Partial<RetryOptions>;
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  onHttpEvent?: (event: HttpEvent) => void;
  /** a ready client (wins over the options above that build one) */
  http?: HttpClient;
}

/** The HTTP client for a connector call: base URL and rate limit from the (parsed) settings. */
export function createConnectorHttpClient(options: ConnectorCallOptions, settings: unknown, signal?: AbortSignal): HttpClient {
  if (options.http) return options.http;
  const { connector } = options;
  return createHttpClient({
    baseUrl: connector.baseUrl?.(settings),
    auth: options.auth ?? createStaticAuthSession(resolveAuth(connector, settings), options.credentials),
    rateLimiter: options.rateLimiter,
    rateLimitKey: options.rateLimitKey,
    rateLimit: resolveRateLimit(connector, settings),
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    signal: signal ?? options.signal,
    fetchImpl: options.fetchImpl,
    onEvent: options.onHttpEvent,
  });
}

import type { AuthSession, HttpClient, HttpRequest, HttpResponse, RateLimiter, RateLimitSpec } from '../contract';
import { ConnectorError, redactSecrets } from './connector-error';
import { createLocalRateLimiter } from './rate-limiter';
import { buildUrl, errorFromResponse, readBody } from './http-response';
import { computeBackoffMs, defaultRetry, describeNetworkError, parseRetryAfter, sleep, type RetryOptions } from './retry-policy';

export type HttpEvent =
  | { type: 'response'; method: string; path: string; status: number; attempt: number }
  | { type: 'retry'; attempt: number; delayMs: number; code: ConnectorError['code']; status?: number }
  | { type: 'rate_limited'; retryAfterMs: number | undefined }
  | { type: 'reauth' };

export interface HttpClientStats {
  /** requests sent (every attempt) */
  requests: number;
  retries: number;
  /** 429 responses received */
  rateLimited: number;
  /** 401s answered by `auth.invalidate()` and one more try */
  reauths: number;
}

export interface HttpClientOptions {
  /** relative request URLs are joined to it; absolute ones are used as they are */
  baseUrl?: string;
  auth: AuthSession;
  /** a shared limiter (the hub's); without one, `rateLimit` gets an in-process bucket */
  rateLimiter?: RateLimiter;
  /** limiter key: one per provider connection; defaults to the base URL's origin */
  rateLimitKey?: string;
  rateLimit?: RateLimitSpec;
  retry?: Partial<RetryOptions>;
  /** per-request timeout, default 30 s */
  timeoutMs?: number;
  /** a Retry-After longer than this is not slept on: the call fails `rate_limited` with `retryAfterMs` (default 60 s) */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  onEvent?: (event: HttpEvent) => void;
}

export type CountingHttpClient = HttpClient & { stats(): HttpClientStats };

/**
 * The engine's HTTP client: JSON in and out, auth headers, shared rate limit, Retry-After,
 * jittered exponential backoff for retryable failures, a per-request timeout and one
 * re-authentication after a 401. Every failure surfaces as a `ConnectorError`.
 */
export function createHttpClient(options: HttpClientOptions): CountingHttpClient {
  const retry: RetryOptions = { ...defaultRetry, ...options.retry };
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const limiter = options.rateLimiter ?? (options.rateLimit ? createLocalRateLimiter() : undefined);
  const limiterKey = options.rateLimitKey ?? (options.baseUrl ? new URL(options.baseUrl).origin : 'default');
  const stats: HttpClientStats = { requests: 0, retries: 0, rateLimited: 0, reauths: 0 };
  const emit = (event: HttpEvent) => options.onEvent?.(event);

  type Sent = { kind: 'response'; response: Response; body: unknown } | { kind: 'error'; error: ConnectorError };

  async function sendOnce(req: HttpRequest, url: string, authHeaders: Record<string, string>, secrets: string[]): Promise<Sent> {
    const method = req.method ?? 'GET';
    const timeout = AbortSignal.timeout(req.timeoutMs ?? timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers, ...authHeaders };
    let body: string | undefined;
    if (req.rawBody !== undefined) body = req.rawBody;
    else if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }
    stats.requests += 1;
    try {
      const response = await fetchImpl(url, { method, headers, body, signal });
      return { kind: 'response', response, body: await readBody(response) };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof ConnectorError) return { kind: 'error', error };
      const where = `${method} ${redactSecrets(new URL(url).pathname, secrets)}`;
      if (timeout.aborted) return { kind: 'error', error: new ConnectorError('timeout', `${where} timed out`) };
      const network = describeNetworkError(error);
      const message = `${where} failed: ${redactSecrets(network.reason, secrets)}`;
      return { kind: 'error', error: new ConnectorError('network', message, { retryable: network.retryable }) };
    }
  }

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const url = buildUrl(options.baseUrl, req.url, req.query);
    const method = req.method ?? 'GET';
    let reauthenticated = false;
    for (let attempt = 1; ; attempt += 1) {
      await limiter?.acquire(limiterKey, 1, options.rateLimit);
      const authHeaders = await options.auth.headers();
      const secrets = Object.values(authHeaders).flatMap((value) => [value, ...value.split(' ').slice(1)]);
      const sent = await sendOnce(req, url, authHeaders, secrets);
      let error: ConnectorError;
      if (sent.kind === 'error') error = sent.error;
      else {
        const { response, body } = sent;
        emit({ type: 'response', method, path: new URL(url).pathname, status: response.status, attempt });
        if (response.ok) return { status: response.status, headers: response.headers, body: body as T };
        if (response.status === 401 && !reauthenticated && options.auth.invalidate) {
          reauthenticated = true;
          stats.reauths += 1;
          emit({ type: 'reauth' });
          await options.auth.invalidate();
          attempt -= 1;
          continue;
        }
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        error = errorFromResponse({ method, url, status: response.status, body, retryAfterMs, secrets });
        if (response.status === 429) {
          stats.rateLimited += 1;
          emit({ type: 'rate_limited', retryAfterMs });
          await limiter?.pause(limiterKey, Date.now() + (retryAfterMs ?? computeBackoffMs(attempt, retry)));
        }
      }
      if (!error.retryable || attempt >= retry.maxAttempts) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > maxRetryAfterMs) throw error;
      const delayMs = error.retryAfterMs ?? computeBackoffMs(attempt, retry);
      stats.retries += 1;
      emit({ type: 'retry', attempt, delayMs, code: error.code, status: error.status });
      await sleep(delayMs, options.signal);
    }
  }

  return { request, stats: () => ({ ...stats }) };
}

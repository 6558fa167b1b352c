import { afterEach, describe, expect, it } from 'vitest';
import type { AuthSession, RateLimiter } from '../contract';
import { ConnectorError } from './connector-error';
import { createHttpClient, type HttpEvent } from './http-client';
import { sendJson, startTestProvider, type TestHandler, type TestProvider } from './testing/test-provider';

const token = 'tok_live_9f8e7d6c5b4a';
const auth: AuthSession = { headers: async () => ({ authorization: `Bearer ${token}` }) };
const fastRetry = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

let provider: TestProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** Answers the n-th request (0-based) with `answers[n]`, the last answer repeating. */
async function startScripted(answers: TestHandler[]): Promise<TestProvider> {
  let n = 0;
  provider = await startTestProvider((req, res, raw) => answers[Math.min(n++, answers.length - 1)](req, res, raw));
  return provider;
}

const ok: TestHandler = (_req, res) => sendJson(res, 200, { ok: true });

async function expectConnectorError(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('createHttpClient', () => {
  it('joins the base URL path, sends JSON and parses the JSON answer', async () => {
    const server = await startScripted([(req, res) => sendJson(res, 201, { echo: req.json, path: req.url.pathname, q: req.url.searchParams.get('q') })]);
    const http = createHttpClient({ baseUrl: `${server.url}/api/`, auth, retry: fastRetry });
    const res = await http.request<{ echo: unknown; path: string; q: string }>({ method: 'POST', url: '/items', query: { q: 'x', skip: undefined }, body: { a: 1 } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ echo: { a: 1 }, path: '/api/items', q: 'x' });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(server.requests[0]?.url.searchParams.has('skip')).toBe(false);
  });

  it('honours 429 Retry-After: waits, tells the shared limiter to pause, counts it, then succeeds', async () => {
    const server = await startScripted([(_req, res) => sendJson(res, 429, { errorType: 'RATE_LIMIT' }, { 'retry-after': '1' }), ok]);
    const pauses: { key: string; untilMs: number }[] = [];
    const limiter: RateLimiter = { acquire: async () => undefined, pause: async (key, untilMs) => void pauses.push({ key, untilMs }) };
    const events: HttpEvent[] = [];
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry, rateLimiter: limiter, rateLimitKey: 'conn-1', onEvent: (e) => events.push(e) });
    const before = Date.now();
    const res = await http.request({ url: '/x' });
    expect(res.status).toBe(200);
    expect(http.stats()).toMatchObject({ requests: 2, rateLimited: 1, retries: 1 });
    expect(events).toContainEqual({ type: 'retry', attempt: 1, delayMs: 1000, code: 'rate_limited', status: 429 });
    expect(pauses).toHaveLength(1);
    expect(pauses[0]?.key).toBe('conn-1');
    expect(pauses[0]?.untilMs).toBeGreaterThanOrEqual(before + 1000);
    expect(server.requests).toHaveLength(2);
  });

  it('fails a 429 at once when Retry-After is longer than it will sleep', async () => {
    await startScripted([(_req, res) => sendJson(res, 429, {}, { 'retry-after': '3600' })]);
    const http = createHttpClient({ baseUrl: provider!.url, auth, retry: fastRetry });
    const error = await expectConnectorError(http.request({ url: '/x' }));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 3_600_000, status: 429 });
    expect(provider!.requests).toHaveLength(1);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const server = await startScripted([(_r, res) => sendJson(res, 502, {}), (_r, res) => sendJson(res, 503, {}), ok]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    expect((await http.request({ url: '/x' })).status).toBe(200);
    expect(server.requests).toHaveLength(3);
    expect(http.stats().retries).toBe(2);
  });

  it('gives up after maxAttempts with a retryable provider_unavailable', async () => {
    const server = await startScripted([(_r, res) => sendJson(res, 500, { message: 'boom' })]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    const error = await expectConnectorError(http.request({ url: '/x' }));
    expect(error).toMatchObject({ code: 'provider_unavailable', retryable: true, status: 500 });
    expect(server.requests).toHaveLength(fastRetry.maxAttempts);
  });

  it('retries a connection reset, then succeeds', async () => {
    const server = await startScripted([(_r, _res, raw) => void raw.socket.destroy(), ok]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    expect((await http.request({ url: '/x' })).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('times a slow request out and retries it', async () => {
    const server = await startScripted([(_r, res) => void setTimeout(() => sendJson(res, 200, {}), 1000), ok]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry, timeoutMs: 100 });
    expect((await http.request({ url: '/x' })).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('on 401 invalidates the session once, retries once, then fails as needs_reauth', async () => {
    const server = await startScripted([(_r, res) => sendJson(res, 401, { category: 'EXPIRED_AUTHENTICATION' })]);
    let invalidated = 0;
    const session: AuthSession = { headers: auth.headers, invalidate: async () => void (invalidated += 1) };
    const http = createHttpClient({ baseUrl: server.url, auth: session, retry: fastRetry });
    const error = await expectConnectorError(http.request({ url: '/x' }));
    expect(error).toMatchObject({ code: 'needs_reauth', retryable: false, status: 401 });
    expect(invalidated).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('uses the refreshed headers after a 401', async () => {
    const server = await startScripted([(r, res) => (r.headers.authorization === 'Bearer fresh' ? sendJson(res, 200, {}) : sendJson(res, 401, {}))]);
    let current = 'stale';
    const session: AuthSession = { headers: async () => ({ authorization: `Bearer ${current}` }), invalidate: async () => void (current = 'fresh') };
    const http = createHttpClient({ baseUrl: server.url, auth: session, retry: fastRetry });
    expect((await http.request({ url: '/x' })).status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('fails fast on 401 without a refreshable session, and on 403', async () => {
    const server = await startScripted([(_r, res) => sendJson(res, 401, {}), (_r, res) => sendJson(res, 403, {})]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    expect(await expectConnectorError(http.request({ url: '/a' }))).toMatchObject({ code: 'needs_reauth', retryable: false });
    expect(await expectConnectorError(http.request({ url: '/b' }))).toMatchObject({ code: 'needs_reauth', status: 403 });
    expect(server.requests).toHaveLength(2);
  });

  it('classifies 400 as a non-retryable bad_request, 404 as not_found and other 4xx as permanent, without retrying', async () => {
    const server = await startScripted([(_r, res) => sendJson(res, 400, { message: 'bad' }), (_r, res) => sendJson(res, 404, {}), (_r, res) => sendJson(res, 409, {})]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    const bad = await expectConnectorError(http.request({ url: '/a' }));
    expect(bad).toMatchObject({ code: 'bad_request', retryable: false, status: 400, body: { message: 'bad' } });
    expect(await expectConnectorError(http.request({ url: '/b' }))).toMatchObject({ code: 'not_found', retryable: false });
    expect(await expectConnectorError(http.request({ url: '/c' }))).toMatchObject({ code: 'permanent', retryable: false });
    expect(server.requests).toHaveLength(3);
  });

  it('never puts the token in an error message, even when the provider echoes it', async () => {
    const server = await startScripted([(r, res) => sendJson(res, 400, { message: `invalid header ${String(r.headers.authorization)}` })]);
    const http = createHttpClient({ baseUrl: server.url, auth, retry: fastRetry });
    const error = await expectConnectorError(http.request({ url: '/x', query: { api_key: 'k-123456' } }));
    expect(error.message).toContain('[redacted]');
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain('k-123456');
  });

  it('fails with a network error when nothing listens', async () => {
    const server = await startScripted([ok]);
    await server.close();
    provider = undefined;
    const http = createHttpClient({ baseUrl: server.url, auth, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(await expectConnectorError(http.request({ url: '/x' }))).toMatchObject({ code: 'network', retryable: true });
  });
});

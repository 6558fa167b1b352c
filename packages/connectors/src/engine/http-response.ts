import { classifyStatus, ConnectorError, redactSecrets } from './connector-error';

/** Joins a relative URL to the base URL (keeping the base's path) and appends the query. */
export function buildUrl(baseUrl: string | undefined, url: string, query?: Record<string, string | number | boolean | undefined>): string {
  let full: URL;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) full = new URL(url);
  else if (baseUrl) full = new URL(`${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`);
  else throw new ConnectorError('config', `relative URL "${url}" without a base URL`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) full.searchParams.set(key, String(value));
  }
  return full.toString();
}

/** Reads a response body: parsed JSON when it is JSON, else the text; undefined when empty. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  const looksJson = type.includes('json') || /^\s*[[{]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!response.ok) return text;
    throw new ConnectorError('provider_unavailable', `invalid JSON in a ${response.status} response`, { cause: error });
  }
}

/** The provider's own words about an error, from the usual body shapes. */
export function readProviderMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.slice(0, 200);
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const nested = record.error;
  if (nested && typeof nested === 'object') {
    const message = (nested as Record<string, unknown>).message;
    if (typeof message === 'string') return message;
  }
  for (const key of ['message', 'error_description', 'error', 'detail', 'title']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return undefined;
}

export interface ErrorResponse {
  method: string;
  url: string;
  status: number;
  body: unknown;
  retryAfterMs: number | undefined;
  secrets: readonly string[];
}

/** A `ConnectorError` for a non-success response, classified by status, without credentials in its message. */
export function errorFromResponse(res: ErrorResponse): ConnectorError {
  const code = classifyStatus(res.status);
  const said = readProviderMessage(res.body);
  const path = new URL(res.url).pathname;
  const message = redactSecrets(`${res.method} ${path} -> ${res.status}${said ? `: ${said}` : ''}`, res.secrets);
  return new ConnectorError(code, message, { status: res.status, retryAfterMs: res.retryAfterMs, body: res.body });
}

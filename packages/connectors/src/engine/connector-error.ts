/** Every way a connector call can fail, as the hub needs to tell them apart. */
export type ConnectorErrorCode =
  | 'needs_reauth'
  | 'rate_limited'
  | 'provider_unavailable'
  | 'timeout'
  | 'network'
  | 'bad_request'
  | 'not_found'
  | 'permanent'
  | 'config';

const retryableCodes: ReadonlySet<ConnectorErrorCode> = new Set(['rate_limited', 'provider_unavailable', 'timeout', 'network']);

export interface ConnectorErrorOptions {
  status?: number;
  retryAfterMs?: number;
  /** the provider's error body (parsed JSON or text), for destinations that turn it into per-record failures */
  body?: unknown;
  cause?: unknown;
  /** override the code's default */
  retryable?: boolean;
}

/**
 * The one error class of the connectors package. Messages never contain credentials:
 * the HTTP client redacts auth header values before building them.
 */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;

  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    options: ConnectorErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? retryableCodes.has(code);
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.body = options.body;
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}

/**
 * Thrown by a stream's `normalize` when a field cannot be mapped; `path` names the
 * canonical field (or raw property) so the dead letter points at it.
 */
export class MappingError extends Error {
  override readonly name = 'MappingError';
  constructor(
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}

/** The error code for an HTTP status that is not a success. */
export function classifyStatus(status: number): ConnectorErrorCode {
  if (status === 401 || status === 403) return 'needs_reauth';
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status === 501) return 'permanent';
  if (status >= 500) return 'provider_unavailable';
  if (status === 400 || status === 422) return 'bad_request';
  if (status === 404 || status === 410) return 'not_found';
  return 'permanent';
}

const secretQueryKey = /(key|token|secret|signature|password|auth|code)/i;

/** Removes credentials from text meant for logs: known secret values, and secret-looking query parameters. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(/([?&])([^=&\s]+)=([^&\s#]*)/g, (match, sep: string, key: string) =>
    secretQueryKey.test(key) ? `${sep}${key}=[redacted]` : match,
  );
}

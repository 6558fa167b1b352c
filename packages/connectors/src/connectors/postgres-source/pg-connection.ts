import type { Credentials } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';

/** The connection string with the connection's basic credentials in it (they win over any in the settings). */
export function buildConnectionString(connectionString: string, credentials: Credentials): string {
  if (credentials.type !== 'basic') return connectionString;
  const url = new URL(connectionString);
  url.username = encodeURIComponent(credentials.username);
  url.password = encodeURIComponent(credentials.password);
  return url.toString();
}

/** The connection string without user and password: the key of everything opened for one database. */
export function stripCredentials(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return connectionString;
  }
}

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE']);

/**
 * A Postgres failure as the hub needs it: refused credentials need re-authentication, a missing
 * database / table / column or bad SQL is a configuration error, overload and lost connections
 * are retryable. The message carries the server's words, never the connection string.
 */
export function classifyPgError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = `postgres: ${error instanceof Error ? error.message : String(error)}`.replace(/\/\/[^@/\s]*@/g, '//[redacted]@');
  if (typeof code !== 'string') {
    const lost = /timeout|terminated|closed|socket|connection/i.test(message);
    return lost ? new ConnectorError('network', message) : new ConnectorError('permanent', message);
  }
  if (networkCodes.has(code)) return new ConnectorError('network', message);
  if (code === '28P01' || code === '28000') return new ConnectorError('needs_reauth', message);
  if (code === '57014') return new ConnectorError('timeout', message);
  if (code.startsWith('08') || code === '53300' || code === '57P01' || code === '57P03' || code === '40001' || code === '40P01') {
    return new ConnectorError('provider_unavailable', message);
  }
  if (code === '3D000' || code.startsWith('42') || code === '3F000') return new ConnectorError('config', message);
  return new ConnectorError('permanent', message);
}

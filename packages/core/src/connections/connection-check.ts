import { checkConnection, isConnectorError, readStream, type AnyConnectorDef, type AuthSession, type Credentials } from '@tributary/connectors';
import { DomainError } from '../shared/index';
import { createFixedAuthSession } from './connector-auth';

export interface ConnectionProbe {
  connector: AnyConnectorDef;
  settings: unknown;
  credentials: Credentials;
  /** the connection's session (OAuth: refreshing); defaults to fixed headers from `credentials` */
  auth?: AuthSession;
  fetchImpl?: typeof fetch;
}

/** A short retry budget: a person is waiting for the answer. */
const probeRetry = { maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 1_000 };

/**
 * Proves the credentials work before anything is saved: the connector's cheap `check`, else the
 * first page (one record) of its first stream. Refusals become clear errors without secrets.
 */
export async function probeConnection(probe: ConnectionProbe): Promise<void> {
  const { connector, settings, credentials, fetchImpl } = probe;
  const auth = probe.auth ?? createFixedAuthSession(connector, settings, credentials);
  const options = { connector, settings, credentials, fetchImpl, retry: probeRetry, timeoutMs: 15_000, auth };
  try {
    if (connector.check) await checkConnection(options);
    else if (connector.streams[0]) {
      const pages = readStream({ ...options, stream: connector.streams[0].name, pageSize: 1 });
      await pages.next();
      await pages.return(undefined);
    }
  } catch (error) {
    if (!isConnectorError(error)) throw error;
    if (error.code === 'needs_reauth') {
      throw new DomainError('VALIDATION_FAILED', `${connector.label} refused these credentials`, { fields: [{ field: 'credentials', message: 'refused by the provider' }] });
    }
    if (error.code === 'config') throw new DomainError('VALIDATION_FAILED', error.message, { fields: [{ field: 'settings', message: error.message }] });
    throw new DomainError('PROVIDER_ERROR', `${connector.label} could not be reached to check the connection: ${error.message}`, { retryable: error.retryable });
  }
}

import { isConnectorError, loadConnector, type AnyConnectorDef } from '@tributary/connectors';
import { withTenant } from '@tributary/db';
import { DomainError } from '../shared/index';
import { decryptCredentials } from './connection-credentials';
import type { ConnectionDeps, OpenedConnection } from './connection-deps';
import { parseSettings } from './connection-settings';
import { createFixedAuthSession } from './connector-auth';
import { createOAuthAuthSession } from './oauth-auth-session';
import { resolveOAuthEndpoints } from './oauth-endpoints';
import { toTokenState } from './token-state';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The registry's connector, or PRECONDITION_FAILED when the catalogue names one this build does not have. */
export async function loadIntegrationConnector(connectorId: string): Promise<AnyConnectorDef> {
  try {
    return await loadConnector(connectorId);
  } catch (error) {
    if (isConnectorError(error)) throw new DomainError('PRECONDITION_FAILED', `The connector "${connectorId}" is not available`);
    throw error;
  }
}

/**
 * Everything a sync needs to talk to the provider of one connection. Fails fast with
 * NEEDS_REAUTH for a connection whose authorization was refused, NOT_FOUND when the
 * connection is not the tenant's (Row Level Security hides it).
 */
export async function openConnection(deps: ConnectionDeps, tenantId: string, connectionId: string): Promise<OpenedConnection> {
  if (!uuidPattern.test(connectionId)) throw new DomainError('NOT_FOUND', 'Connection not found');
  const row = await withTenant(deps.db, tenantId, (tx) => tx.connection.findUnique({ where: { id: connectionId }, include: { integration: true } }));
  if (!row) throw new DomainError('NOT_FOUND', 'Connection not found');
  if (row.status === 'needs_reauth') {
    throw new DomainError('NEEDS_REAUTH', `The connection "${row.name}" needs to be authorized again${row.statusReason ? `: ${row.statusReason}` : ''}`, { connectionId });
  }
  if (row.status === 'disabled') throw new DomainError('PRECONDITION_FAILED', `The connection "${row.name}" is disabled`, { connectionId });

  const { integration } = row;
  const connector = await loadIntegrationConnector(integration.connectorId);
  const settings = parseSettings(connector, integration.defaultSettings, row.settings);
  const credentials = decryptCredentials(deps.cipher, row.credentialsEnc);
  const base = { tenantId, connectionId, integrationKey: integration.key, connector, settings, rateLimitKey: `${connector.id}:${connectionId}` };

  if (credentials.type === 'oauth2') {
    const endpoint = resolveOAuthEndpoints(integration, connector, settings, deps.cipher);
    const oauth = createOAuthAuthSession(deps, { tenantId, connectionId, endpoint }, toTokenState(credentials, row));
    return {
      ...base,
      get credentials() {
        return oauth.current();
      },
      auth: oauth.session,
    };
  }
  return { ...base, credentials, auth: createFixedAuthSession(connector, settings, credentials) };
}

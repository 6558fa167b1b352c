import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/index';
import { emitHubEvent } from '../events/index';
import { DomainError, toFieldIssues } from '../shared/index';
import { assertMayManageConnections } from './connection-actor';
import { probeConnection } from './connection-check';
import { encryptCredentials, parseEnteredCredentials } from './connection-credentials';
import type { ConnectionDeps } from './connection-deps';
import { parseSettings } from './connection-settings';
import { findIntegrationByKey } from './integration-lookup';
import { loadIntegrationConnector } from './open-connection';

const createConnectionInput = z.object({
  integrationKey: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  settings: z.record(z.string(), z.json()).default({}),
  credentials: z.unknown(),
});
export type CreateConnectionInput = z.input<typeof createConnectionInput>;

/**
 * Connects an API-key, basic-auth or no-auth integration. The credentials are proven by a
 * test call to the provider BEFORE anything is saved; then the connection is stored with its
 * credentials encrypted, `connection.created` is emitted and the change audited.
 * OAuth integrations connect through `startOAuthConnect`.
 */
export async function createConnection(deps: ConnectionDeps, tenantId: string, actor: Actor, input: CreateConnectionInput): Promise<{ connectionId: string }> {
  assertMayManageConnections(actor, tenantId);
  const parsed = createConnectionInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid connection', { fields: toFieldIssues(parsed.error.issues) });
  const { integrationKey, name, settings: ownSettings } = parsed.data;

  const integration = await withTenant(deps.db, tenantId, (tx) => findIntegrationByKey(tx, integrationKey));
  if (integration.authType === 'oauth2') {
    throw new DomainError('VALIDATION_FAILED', `"${integration.label}" connects with OAuth: start the connect flow instead`, { fields: [{ field: 'credentials', message: 'use the OAuth connect flow' }] });
  }
  const connector = await loadIntegrationConnector(integration.connectorId);
  const credentials = parseEnteredCredentials(parsed.data.credentials);
  const settings = parseSettings(connector, integration.defaultSettings, ownSettings);
  await probeConnection({ connector, settings, credentials, fetchImpl: deps.fetchImpl });

  return withTenant(deps.db, tenantId, async (tx) => {
    const connection = await tx.connection.create({
      data: { tenantId, integrationId: integration.id, name, settings: ownSettings, ...encryptCredentials(deps.cipher, credentials) },
      select: { id: true },
    });
    await emitHubEvent(tx, tenantId, {
      type: 'connection.created',
      subjectType: 'connection',
      subjectId: connection.id,
      payload: { connectionId: connection.id, integrationKey, name },
    });
    await recordAudit(tx, tenantId, actor, {
      action: 'connection.create',
      targetType: 'connection',
      targetId: connection.id,
      metadata: { integrationKey, name, authType: credentials.type },
    });
    return { connectionId: connection.id };
  });
}

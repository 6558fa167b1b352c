import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/index';
import { emitHubEvent } from '../events/index';
import { DomainError } from '../shared/index';
import { assertMayManageConnections } from './connection-actor';
import { probeConnection } from './connection-check';
import { encryptCredentials, parseEnteredCredentials } from './connection-credentials';
import type { ConnectionDeps } from './connection-deps';
import { markConnectionNeedsReauth, reactivateConnectionInTx } from './connection-reauth';
import { parseSettings } from './connection-settings';
import { loadIntegrationConnector, openConnection } from './open-connection';

export const DISCONNECT_PAUSE_REASON = 'connection disconnected';

async function readConnection(deps: ConnectionDeps, tenantId: string, connectionId: string) {
  if (!z.uuid().safeParse(connectionId).success) throw new DomainError('NOT_FOUND', 'Connection not found');
  const row = await withTenant(deps.db, tenantId, (tx) => tx.connection.findUnique({ where: { id: connectionId }, include: { integration: true } }));
  if (!row) throw new DomainError('NOT_FOUND', 'Connection not found');
  return row;
}

/**
 * Calls the provider with the stored credentials (OAuth tokens refreshed as needed). A refusal
 * marks the connection needs_reauth, as a sync would. Never throws for the provider's answer.
 */
export async function testConnection(deps: ConnectionDeps, tenantId: string, connectionId: string): Promise<{ ok: boolean; message: string | null }> {
  try {
    const opened = await openConnection(deps, tenantId, connectionId);
    await probeConnection({ connector: opened.connector, settings: opened.settings, credentials: opened.credentials, auth: opened.auth, fetchImpl: deps.fetchImpl });
    return { ok: true, message: null };
  } catch (error) {
    if (!(error instanceof DomainError) || error.code === 'NOT_FOUND') throw error;
    if (error.code === 'VALIDATION_FAILED' && error.details.fields?.some((issue) => issue.field === 'credentials')) {
      await markConnectionNeedsReauth(deps, tenantId, connectionId, 'the provider refused the credentials');
    }
    return { ok: false, message: error.message };
  }
}

/**
 * Reconnects an API-key or basic-auth connection in place with new credentials (proven by a
 * test call first): same id, active again, the syncs its re-auth paused resumed.
 */
export async function reconnectWithCredentials(deps: ConnectionDeps, tenantId: string, actor: Actor, connectionId: string, credentialsInput: unknown): Promise<{ connectionId: string }> {
  assertMayManageConnections(actor, tenantId);
  const row = await readConnection(deps, tenantId, connectionId);
  if (row.integration.authType === 'oauth2') throw new DomainError('VALIDATION_FAILED', 'OAuth connections reconnect through the connect flow');
  const connector = await loadIntegrationConnector(row.integration.connectorId);
  const credentials = parseEnteredCredentials(credentialsInput);
  const settings = parseSettings(connector, row.integration.defaultSettings, row.settings);
  await probeConnection({ connector, settings, credentials, fetchImpl: deps.fetchImpl });
  return withTenant(deps.db, tenantId, async (tx) => {
    await tx.connection.update({ where: { id: connectionId }, data: { ...encryptCredentials(deps.cipher, credentials), status: 'active', statusReason: null } });
    const resumedSyncs = await reactivateConnectionInTx(tx, connectionId);
    await emitHubEvent(tx, tenantId, { type: 'connection.reconnected', subjectType: 'connection', subjectId: connectionId, payload: { connectionId, integrationKey: row.integration.key, resumedSyncs } });
    await recordAudit(tx, tenantId, actor, { action: 'connection.reconnect', targetType: 'connection', targetId: connectionId, metadata: { integrationKey: row.integration.key, resumedSyncs } });
    return { connectionId };
  });
}

/** Disables a connection and erases its credentials; every sync using it is paused. History stays. */
export async function disconnectConnection(deps: ConnectionDeps, tenantId: string, actor: Actor, connectionId: string): Promise<{ connectionId: string; pausedSyncs: number }> {
  assertMayManageConnections(actor, tenantId);
  await readConnection(deps, tenantId, connectionId);
  return withTenant(deps.db, tenantId, async (tx) => {
    await tx.connection.update({
      where: { id: connectionId },
      data: { status: 'disabled', statusReason: 'disconnected', credentialsEnc: null, credentialsKeyId: null, tokenExpiresAt: null },
    });
    const paused = await tx.syncConfig.updateMany({
      where: { status: 'active', OR: [{ sourceConnectionId: connectionId }, { destinations: { some: { connectionId } } }] },
      data: { status: 'paused', pausedReason: DISCONNECT_PAUSE_REASON },
    });
    await recordAudit(tx, tenantId, actor, { action: 'connection.disconnect', targetType: 'connection', targetId: connectionId, metadata: { pausedSyncs: paused.count } });
    return { connectionId, pausedSyncs: paused.count };
  });
}

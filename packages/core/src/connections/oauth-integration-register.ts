import { hasConnector } from '@tributary/connectors';
import { withTenant } from '@tributary/db';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/index';
import { DomainError, toFieldIssues } from '../shared/index';
import { assertMayManageConnections } from './connection-actor';
import type { ConnectionDeps } from './connection-deps';
import { parseSettings } from './connection-settings';
import { loadIntegrationConnector } from './open-connection';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on loopback (local development and the sandboxes). The hub calls the token URL itself. */
const providerUrl = z.url({ protocol: /^https?$/ }).refine((value) => {
  const url = new URL(value);
  return url.protocol === 'https:' || loopbackHosts.has(url.hostname);
}, 'must be an https URL (http only on localhost)');

const registerInput = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'lowercase letters, digits and "-", starting with a letter'),
  label: z.string().trim().min(1).max(120),
  /** optional when the connector is an OAuth one: its own endpoints (for `defaultSettings`) are used */
  authorizeUrl: providerUrl.optional(),
  tokenUrl: providerUrl.optional(),
  clientId: z.string().min(1).max(500),
  clientSecret: z.string().min(1).max(2000),
  scopes: z.array(z.string().min(1).max(200)).max(100).default([]),
  /** defaults to the connector's, else client_secret_basic */
  tokenAuthMethod: z.enum(['client_secret_basic', 'client_secret_post']).optional(),
  /** the connector that reads and writes through the connection; a configurable REST source by default */
  connectorId: z.string().min(1).default('rest-declarative'),
  defaultSettings: z.record(z.string(), z.json()).default({}),
});
export type RegisterOAuthIntegrationInput = z.input<typeof registerInput>;

/**
 * A tenant's own OAuth2 integration, described by configuration: endpoints, client (secret
 * encrypted), scopes and token auth method. It connects through the same flow as the catalogue's.
 */
export async function registerOAuthIntegration(deps: ConnectionDeps, tenantId: string, actor: Actor, input: RegisterOAuthIntegrationInput): Promise<{ integrationId: string; key: string }> {
  assertMayManageConnections(actor, tenantId);
  const parsed = registerInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid OAuth integration', { fields: toFieldIssues(parsed.error.issues) });
  const spec = parsed.data;
  if (!hasConnector(spec.connectorId)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown connector "${spec.connectorId}"`, { fields: [{ field: 'connectorId', message: 'unknown connector' }] });
  }
  const connector = await loadIntegrationConnector(spec.connectorId);
  if (!spec.authorizeUrl || !spec.tokenUrl) {
    if (connector.auth.type !== 'oauth2') {
      const missing = [...(spec.authorizeUrl ? [] : ['authorizeUrl']), ...(spec.tokenUrl ? [] : ['tokenUrl'])];
      throw new DomainError('VALIDATION_FAILED', `The ${connector.label} connector has no OAuth endpoints of its own`, { fields: missing.map((field) => ({ field, message: 'required for this connector' })) });
    }
    // the connector's endpoints come from the settings: they must be usable now
    parseSettings(connector, spec.defaultSettings, {});
  }
  return withTenant(deps.db, tenantId, async (tx) => {
    // the tenant's own rows and the global catalogue are visible here: a key may shadow neither
    if (await tx.integration.findFirst({ where: { key: spec.key }, select: { id: true } })) {
      throw new DomainError('CONFLICT', `An integration "${spec.key}" already exists`, { fields: [{ field: 'key', message: 'already taken' }] });
    }
    const created = await tx.integration.create({
      data: {
        tenantId,
        key: spec.key,
        connectorId: spec.connectorId,
        label: spec.label,
        authType: 'oauth2',
        authorizeUrl: spec.authorizeUrl ?? null,
        tokenUrl: spec.tokenUrl ?? null,
        scopes: spec.scopes,
        tokenAuthMethod: spec.tokenAuthMethod ?? null,
        oauthClientId: spec.clientId,
        oauthClientSecretEnc: deps.cipher.encrypt(spec.clientSecret),
        defaultSettings: spec.defaultSettings,
      },
      select: { id: true },
    });
    await recordAudit(tx, tenantId, actor, {
      action: 'integration.register',
      targetType: 'integration',
      targetId: created.id,
      metadata: { key: spec.key, connectorId: spec.connectorId, authorizeUrl: spec.authorizeUrl ?? null, tokenUrl: spec.tokenUrl ?? null },
    });
    return { integrationId: created.id, key: spec.key };
  });
}

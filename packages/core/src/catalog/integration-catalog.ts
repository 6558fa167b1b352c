import { listConnectors, loadConnector, type ConnectorCatalogEntry } from '@tributary/connectors';
import type { PrismaClient } from '@tributary/db';
import { z } from 'zod';
import type { CredentialCipher } from '../credentials/index';

const oauthClientSchema = z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) });

export const catalogSeedOptionsSchema = z.object({
  sandboxCrmUrl: z.url(),
  sandboxErpUrl: z.url(),
  /** OAuth clients by connector id, e.g. { "sandbox-crm": { clientId, clientSecret } } */
  oauthClients: z.record(z.string(), oauthClientSchema).default({}),
});
export type CatalogSeedOptions = z.input<typeof catalogSeedOptionsSchema> & { cipher: CredentialCipher };

/** Base URLs of the connectors that talk to the local sandboxes. */
function defaultSettingsFor(entry: ConnectorCatalogEntry, urls: { sandboxCrmUrl: string; sandboxErpUrl: string }): Record<string, string> {
  if (entry.id.startsWith('sandbox-crm')) return { baseUrl: urls.sandboxCrmUrl };
  if (entry.id.startsWith('sandbox-erp')) return { baseUrl: urls.sandboxErpUrl };
  return {};
}

/**
 * Creates or updates the global catalogue (Integration rows with tenantId null, key = connector id)
 * for every connector in the registry; OAuth connectors get their endpoints, scopes and the
 * configured client (secret encrypted). Idempotent. Takes the PRIVILEGED client: the global
 * catalogue is writable by no tenant (set-up scripts only).
 */
export async function seedIntegrationCatalog(privilegedDb: PrismaClient, options: CatalogSeedOptions): Promise<{ keys: string[] }> {
  const { sandboxCrmUrl, sandboxErpUrl, oauthClients } = catalogSeedOptionsSchema.parse(options);
  const keys: string[] = [];
  for (const entry of listConnectors()) {
    const defaultSettings = defaultSettingsFor(entry, { sandboxCrmUrl, sandboxErpUrl });
    const data = {
      connectorId: entry.id,
      label: entry.label,
      authType: entry.authType,
      defaultSettings,
      ...(await describeOAuth(entry, defaultSettings, oauthClients[entry.id], options.cipher)),
    };
    await privilegedDb.$transaction(async (tx) => {
      // (tenantId, key) is unique, but NULLs are distinct in Postgres: serialize seeders instead
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tributary.integration-catalog'))`;
      const existing = await tx.integration.findFirst({ where: { tenantId: null, key: entry.id }, select: { id: true } });
      if (existing) await tx.integration.update({ where: { id: existing.id }, data });
      else await tx.integration.create({ data: { ...data, tenantId: null, key: entry.id } });
    });
    keys.push(entry.id);
  }
  return { keys };
}

async function describeOAuth(entry: ConnectorCatalogEntry, settings: Record<string, string>, client: z.infer<typeof oauthClientSchema> | undefined, cipher: CredentialCipher) {
  if (entry.authType !== 'oauth2') return { authorizeUrl: null, tokenUrl: null, scopes: [], tokenAuthMethod: null, oauthClientId: null, oauthClientSecretEnc: null };
  const connector = await loadConnector(entry.id);
  const auth = connector.auth.type === 'oauth2' ? connector.auth : undefined;
  const parsed = connector.settings.safeParse(settings);
  const usable = auth && parsed.success;
  return {
    authorizeUrl: usable ? auth.authorizeUrl(parsed.data) : null,
    tokenUrl: usable ? auth.tokenUrl(parsed.data) : null,
    scopes: auth?.scopes ?? [],
    tokenAuthMethod: auth?.tokenAuthMethod ?? null,
    oauthClientId: client?.clientId ?? null,
    oauthClientSecretEnc: client ? cipher.encrypt(client.clientSecret) : null,
  };
}

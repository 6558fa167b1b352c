import type { AnyConnectorDef } from '@tributary/connectors';
import type { CredentialCipher } from '../credentials/index';
import { DomainError } from '../shared/index';
import type { IntegrationRow } from './integration-lookup';
import type { TokenEndpoint } from './oauth-token-request';

export interface OAuthEndpoints extends TokenEndpoint {
  authorizeUrl: string;
  scopes: string[];
}

/**
 * An OAuth integration's endpoints and client. The integration row wins (a tenant's generic
 * OAuth2 registration has only the row); a catalogue connector fills in what the row leaves out,
 * from its auth spec evaluated with the (parsed) settings.
 */
export function resolveOAuthEndpoints(integration: IntegrationRow, connector: AnyConnectorDef | undefined, settings: unknown, cipher: CredentialCipher): OAuthEndpoints {
  const spec = connector?.auth.type === 'oauth2' ? connector.auth : undefined;
  const authorizeUrl = integration.authorizeUrl ?? spec?.authorizeUrl(settings);
  const tokenUrl = integration.tokenUrl ?? spec?.tokenUrl(settings);
  const tokenAuthMethod = integration.tokenAuthMethod ?? spec?.tokenAuthMethod ?? 'client_secret_basic';
  if (!authorizeUrl || !tokenUrl) throw new DomainError('PRECONDITION_FAILED', `The integration "${integration.key}" has no OAuth endpoints configured`);
  if (!integration.oauthClientId || !integration.oauthClientSecretEnc) {
    throw new DomainError('PRECONDITION_FAILED', `The integration "${integration.key}" has no OAuth client configured`);
  }
  return {
    authorizeUrl,
    tokenUrl,
    tokenAuthMethod,
    clientId: integration.oauthClientId,
    clientSecret: cipher.decrypt(integration.oauthClientSecretEnc),
    scopes: integration.scopes.length > 0 ? integration.scopes : (spec?.scopes ?? []),
  };
}

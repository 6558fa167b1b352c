/** Test support: a CRM connection made through the real authorization-code flow. */
import type { ConnectionDeps } from './connection-deps';
import { REDIRECT_URI } from './connection-test-fixture';
import { completeOAuthCallback } from './oauth-callback';
import { startOAuthConnect } from './oauth-connect-start';
import { answerConsent } from './oauth-test-browser';

export async function connectSandboxCrm(deps: ConnectionDeps, tenantId: string, name = 'CRM'): Promise<string> {
  const { authorizationUrl } = await startOAuthConnect(deps, { tenantId, integrationKey: 'sandbox-crm', connectionName: name, redirectUri: REDIRECT_URI });
  const consent = await answerConsent(authorizationUrl, 'allow');
  const done = await completeOAuthCallback(deps, { state: consent.state!, code: consent.code, redirectUri: REDIRECT_URI });
  return done.connectionId;
}

import { createStaticAuthSession, type AnyConnectorDef, type AuthSession, type AuthSpec, type Credentials } from '@tributary/connectors';

type AuthResolver = (settings: unknown) => AuthSpec<unknown>;

function readAuthResolver(connector: AnyConnectorDef): AuthResolver | undefined {
  // connectors configured as data (rest-declarative) derive their auth from the settings
  const resolver: unknown = (connector as { resolveAuth?: unknown }).resolveAuth;
  return typeof resolver === 'function' ? (resolver as AuthResolver) : undefined;
}

/** The connector's auth spec for these settings. */
export function resolveAuthSpec(connector: AnyConnectorDef, settings: unknown): AuthSpec<unknown> {
  return readAuthResolver(connector)?.(settings) ?? connector.auth;
}

/** Headers for credentials that never change (API key, basic, none). */
export function createFixedAuthSession(connector: AnyConnectorDef, settings: unknown, credentials: Credentials): AuthSession {
  return createStaticAuthSession(resolveAuthSpec(connector, settings), credentials);
}

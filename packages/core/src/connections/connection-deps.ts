import type { AuthSession, ConnectorDef, Credentials } from '@tributary/connectors';
import type { PrismaClient } from '@tributary/db';
import type { CredentialCipher } from '../credentials/index';

/** What the connection use cases need. `db` is the application role: Row Level Security applies to every query. */
export interface ConnectionDeps {
  db: PrismaClient;
  cipher: CredentialCipher;
  /** the HTTP client for provider calls (token endpoint, validation calls); defaults to global fetch */
  fetchImpl?: typeof fetch;
  /** the clock (tests move it forward to expire tokens) */
  now?: () => Date;
}

/** A connection ready for provider calls: connector, validated settings, decrypted credentials and a refreshing auth session. */
export interface OpenedConnection {
  tenantId: string;
  connectionId: string;
  integrationKey: string;
  connector: ConnectorDef<unknown>;
  /** integration.defaultSettings merged under connection.settings, parsed by `connector.settings` */
  settings: unknown;
  /** decrypted; for OAuth connections always the latest token this session holds (never log it) */
  readonly credentials: Credentials;
  /** headers(): the current access token, refreshed before expiry; invalidate(): refresh on the next call */
  auth: AuthSession;
  /** `${connectorId}:${connectionId}`: one provider limit per connection, shared by every worker */
  rateLimitKey: string;
}

export function readClock(deps: Pick<ConnectionDeps, 'now'>): Date {
  return deps.now ? deps.now() : new Date();
}

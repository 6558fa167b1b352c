export type { ConnectionDeps, OpenedConnection } from './connection-deps';
export { openConnection } from './open-connection';
export { createConnection, type CreateConnectionInput } from './create-connection';
export { markConnectionNeedsReauth, REAUTH_PAUSE_REASON } from './connection-reauth';
export { credentialsSchema } from './connection-credentials';
export { startOAuthConnect, OAUTH_STATE_TTL_MS, type StartOAuthConnectInput } from './oauth-connect-start';
export { completeOAuthCallback, type CompleteOAuthCallbackInput, type OAuthCallbackResult } from './oauth-callback';
export { registerOAuthIntegration, type RegisterOAuthIntegrationInput } from './oauth-integration-register';
export {
  createConnectSession,
  verifyConnectSession,
  CONNECT_SESSION_AUDIENCE,
  CONNECT_SESSION_ISSUER,
  CONNECT_SESSION_TTL_SECONDS,
  type ConnectSessionClaims,
  type CreateConnectSessionInput,
} from './connect-session';
export { isReturnUrlAllowed } from './return-url';
export { rotateCredentialKeys, type KeyRotationDeps, type KeyRotationReport, type RotatedTable } from './credential-key-rotation';
export { testConnection, reconnectWithCredentials, disconnectConnection, DISCONNECT_PAUSE_REASON } from './connection-lifecycle';

export { startSandboxCrm, type SandboxCrmOptions } from './crm/crm.server';
export { startSandboxErp, type SandboxErpOptions } from './erp/erp.server';
export { signHubspotV3, type HubspotSignatureInput } from './crm/hubspot-signature';
export { computeS256Challenge } from './oauth/pkce';
export { SandboxError, type SandboxErrorCode } from './core/sandbox-error';
export type { Drift, Faults, OAuthClientConfig, SandboxCrmServer, SandboxServer, SandboxStats } from './sandbox.types';
export { approveSandboxConsent } from './oauth/approve-consent';

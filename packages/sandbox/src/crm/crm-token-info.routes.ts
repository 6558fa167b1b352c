import express, { type Router } from 'express';
import { type OAuthStore } from '../oauth/oauth-store';
import { sendCrmError } from './crm-errors';

export interface PortalIdentity {
  portalId: number;
  appId: number;
}

/** `GET /oauth/v1/access-tokens/{token}`: HubSpot's access-token metadata (hub id, scopes, expiry). */
export function createCrmTokenInfoRouter(oauth: OAuthStore, identity: PortalIdentity): Router {
  const router = express.Router();
  router.get('/oauth/v1/access-tokens/:token', (req, res) => {
    const grant = oauth.describeAccessToken(req.params.token);
    if (!grant) return sendCrmError(res, 404, 'INVALID_AUTHENTICATION', 'The access token is unknown, expired or revoked.');
    res.json({
      token: req.params.token,
      user: 'sandbox.user@example.com',
      hub_domain: `sandbox-${identity.portalId}.hubspot.test`,
      scopes: grant.scope.split(/[\s+]+/).filter(Boolean),
      hub_id: identity.portalId,
      app_id: identity.appId,
      expires_in: Math.max(0, Math.floor((grant.expiresAt - Date.now()) / 1000)),
      user_id: 1,
      token_type: 'access',
    });
  });
  return router;
}

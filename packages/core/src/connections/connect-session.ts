import { createHmac } from 'node:crypto';
import { withTenant } from '@tributary/db';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { DomainError, toFieldIssues } from '../shared/index';
import type { ConnectionDeps } from './connection-deps';
import { findIntegrationByKey } from './integration-lookup';
import { isReturnUrlAllowed } from './return-url';

export const CONNECT_SESSION_ISSUER = 'tributary';
export const CONNECT_SESSION_AUDIENCE = 'tributary-connect';
export const CONNECT_SESSION_TTL_SECONDS = 15 * 60;

const sessionInput = z.object({
  tenantId: z.uuid(),
  allowedIntegrations: z.array(z.string().min(1)).min(1).max(50),
  returnUrl: z.url({ protocol: /^https?$/ }),
  endUserId: z.string().min(1).max(200).optional(),
});
export type CreateConnectSessionInput = z.input<typeof sessionInput>;

const claimsSchema = z.object({
  sub: z.uuid(),
  integrations: z.array(z.string()).min(1),
  returnUrl: z.url(),
  endUserId: z.string().optional(),
  exp: z.number(),
});

export interface ConnectSessionClaims {
  tenantId: string;
  allowedIntegrations: string[];
  returnUrl: string;
  endUserId?: string;
  expiresAt: Date;
}

/** A key of its own, derived from the signing secret: a connect token can never pass as another kind of token. */
function deriveKey(signingSecret: string): Uint8Array {
  if (signingSecret.length < 32) throw new DomainError('PRECONDITION_FAILED', 'The connect-session signing secret must be at least 32 characters');
  return createHmac('sha256', signingSecret).update('tributary.connect-session.v1').digest();
}

/**
 * A signed, 15-minute token that lets a vendor's end user connect the listed OAuth integrations
 * to the tenant from the hosted connect page, then go back to `returnUrl` (which must be on the
 * vendor's allow-list).
 */
export async function createConnectSession(
  deps: Pick<ConnectionDeps, 'db'>,
  input: CreateConnectSessionInput,
  signingSecret: string,
  returnUrlAllowList: string[],
): Promise<{ token: string; expiresAt: Date }> {
  const parsed = sessionInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid connect session', { fields: toFieldIssues(parsed.error.issues) });
  const { tenantId, allowedIntegrations, returnUrl, endUserId } = parsed.data;
  if (!isReturnUrlAllowed(returnUrl, returnUrlAllowList)) {
    throw new DomainError('VALIDATION_FAILED', 'The return URL is not on the allow-list', { fields: [{ field: 'returnUrl', message: 'not on the allow-list' }] });
  }
  await withTenant(deps.db, tenantId, async (tx) => {
    for (const key of allowedIntegrations) {
      const integration = await findIntegrationByKey(tx, key);
      if (integration.authType !== 'oauth2') throw new DomainError('VALIDATION_FAILED', `"${integration.label}" cannot be connected from the connect page (not OAuth)`);
    }
  });
  const expiresAt = new Date(Math.floor(Date.now() / 1000 + CONNECT_SESSION_TTL_SECONDS) * 1000);
  const token = await new SignJWT({ integrations: allowedIntegrations, returnUrl, ...(endUserId ? { endUserId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(CONNECT_SESSION_ISSUER)
    .setAudience(CONNECT_SESSION_AUDIENCE)
    .setSubject(tenantId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(deriveKey(signingSecret));
  return { token, expiresAt };
}

function explainRejection(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'tampered';
  if (error instanceof errors.JWTClaimValidationFailed) return error.claim === 'aud' ? 'wrong audience' : error.claim === 'iss' ? 'wrong issuer' : 'invalid claims';
  return 'malformed';
}

/** The session's claims, or CONNECT_SESSION_INVALID saying why (expired, tampered, wrong audience, another tenant). */
export async function verifyConnectSession(token: string, signingSecret: string, options: { tenantId?: string; now?: Date } = {}): Promise<ConnectSessionClaims> {
  const invalid = (reason: string) => new DomainError('CONNECT_SESSION_INVALID', `This connect link is not valid (${reason}). Ask the application for a new one.`, { reason });
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, deriveKey(signingSecret), {
      algorithms: ['HS256'],
      issuer: CONNECT_SESSION_ISSUER,
      audience: CONNECT_SESSION_AUDIENCE,
      currentDate: options.now,
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid(explainRejection(error));
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw invalid('malformed');
  if (options.tenantId && claims.data.sub !== options.tenantId) throw invalid('for another tenant');
  return {
    tenantId: claims.data.sub,
    allowedIntegrations: claims.data.integrations,
    returnUrl: claims.data.returnUrl,
    ...(claims.data.endUserId ? { endUserId: claims.data.endUserId } : {}),
    expiresAt: new Date(claims.data.exp * 1000),
  };
}

import { DomainError } from '@tributary/core/shared';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Role } from './caller';

const ISSUER = 'tributary-api';
const AUDIENCE = 'tributary';

export interface SessionClaims {
  userId: string;
  tenantId: string | null;
  role: Role | null;
  staff: boolean;
}

const claimsSchema = z.object({
  sub: z.uuid(),
  tid: z.uuid().nullable().default(null),
  role: z.enum(['owner', 'admin', 'viewer']).nullable().default(null),
  staff: z.boolean().default(false),
});

function signingKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** A short-lived portal session: HS256 JWT with sub = user, tid = tenant, role, staff. */
export async function issueSessionToken(claims: SessionClaims, secret: string, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ tid: claims.tenantId, role: claims.role, staff: claims.staff })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(signingKey(secret));
  return { token, expiresAt };
}

/** Verify signature, issuer, audience and expiry; UNAUTHENTICATED otherwise. */
export async function verifySessionToken(token: string, secret: string): Promise<SessionClaims> {
  try {
    const { payload } = await jwtVerify(token, signingKey(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const claims = claimsSchema.parse(payload);
    return { userId: claims.sub, tenantId: claims.tid, role: claims.tid ? claims.role : null, staff: claims.staff };
  } catch {
    throw new DomainError('UNAUTHENTICATED', 'The session token is invalid or expired: sign in again.');
  }
}

import { takeToken, type Queryable } from '@tributary/core/rate-limit';
import { DomainError } from '@tributary/core/shared';
import type { PrismaClient } from '@tributary/db';
import express, { type Router } from 'express';
import { issueSessionToken } from '../auth/session-token';
import { signIn, signInInputSchema } from '../auth/sign-in';

export interface SessionRouteDeps {
  db: PrismaClient;
  /** shared token buckets: at most 10 sign-in attempts per email, then one every 10 s */
  buckets: Queryable;
  sessionSigningSecret: string;
  sessionTtlSeconds: number;
}

const statusOf = { UNAUTHENTICATED: 401, FORBIDDEN: 403, VALIDATION_FAILED: 400 } as const;

/**
 * `POST /auth/session` {email, password, tenantSlug?} -> a short-lived session token. The
 * portal's next-auth credentials provider calls it server-side, then sends the token as
 * `Authorization: Bearer` on every GraphQL request. Call it again with another
 * `tenantSlug` to switch tenants.
 */
export function createSessionRouter(deps: SessionRouteDeps): Router {
  const router = express.Router();
  router.post('/auth/session', express.json({ limit: '16kb' }), async (req, res) => {
    const parsed = signInInputSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: { code: 'VALIDATION_FAILED', message: 'Send {"email", "password", "tenantSlug"?} as JSON.' } });
      return;
    }
    try {
      const attempt = await takeToken(deps.buckets, `sign-in:${parsed.data.email}`, { capacity: 10, refillPerSecond: 0.1 });
      if (!attempt.allowed) {
        const retryAfterSeconds = Math.max(1, Math.ceil(attempt.retryAfterMs / 1000));
        res.status(429).set('retry-after', String(retryAfterSeconds)).json({ error: { code: 'RATE_LIMITED', message: 'Too many sign-in attempts: wait and try again.', retryAfterSeconds } });
        return;
      }
      const signedIn = await signIn(deps.db, parsed.data);
      const claims = { userId: signedIn.user.id, tenantId: signedIn.tenant?.tenantId ?? null, role: signedIn.tenant?.role ?? null, staff: signedIn.user.isStaff };
      const { token, expiresAt } = await issueSessionToken(claims, deps.sessionSigningSecret, deps.sessionTtlSeconds);
      res.set('cache-control', 'no-store').json({
        token,
        expiresAt: expiresAt.toISOString(),
        user: signedIn.user,
        tenant: signedIn.tenant,
        role: claims.role,
        memberships: signedIn.memberships,
      });
    } catch (err) {
      if (err instanceof DomainError && err.code in statusOf) {
        res.status(statusOf[err.code as keyof typeof statusOf]).json({ error: { code: err.code, message: err.message } });
        return;
      }
      console.error('api: sign-in failed', err);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }
  });
  return router;
}

import { DomainError } from '@tributary/core/shared';
import type { PrismaClient } from '@tributary/db';
import { accessOfCaller, actorOfCaller, type Access, type Caller, type TenantAccess } from './caller';

/**
 * Admit the caller to its tenant at `needed` level or throw: UNAUTHENTICATED without
 * credentials, FORBIDDEN when the role or the key's scopes fall short. Every resolver
 * that touches tenant data starts here; the tenant always comes from the credentials,
 * never from the request's arguments.
 */
export function requireAccess(caller: Caller, needed: Access): TenantAccess {
  if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in or send an API key (Authorization: Bearer ...).');
  const actor = actorOfCaller(caller);
  const tenantId = caller.kind === 'api_key' ? caller.tenantId : caller.tenant?.tenantId;
  if (!actor || !tenantId) throw new DomainError('FORBIDDEN', 'This session is not bound to a tenant: sign in with a tenant.');
  const levels = accessOfCaller(caller);
  if (!levels.includes(needed)) throw new DomainError('FORBIDDEN', `This operation needs the ${needed.toUpperCase()} permission.`, { required: needed.toUpperCase() });
  return { tenantId, actor, levels };
}

/** Support staff only (cross-tenant support operations). */
export function requireStaff(caller: Caller): { userId: string } {
  if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  if (caller.kind !== 'user' || !caller.isStaff) throw new DomainError('FORBIDDEN', 'Support staff only.');
  return { userId: caller.userId };
}

/** Staff, and still staff now: the token's claim is re-checked against the account (revocation is immediate). */
export async function requireCurrentStaff(caller: Caller, db: PrismaClient): Promise<{ userId: string }> {
  const staff = requireStaff(caller);
  const user = await db.user.findUnique({ where: { id: staff.userId }, select: { isStaff: true } });
  if (!user?.isStaff) throw new DomainError('FORBIDDEN', 'Support staff only.');
  return staff;
}

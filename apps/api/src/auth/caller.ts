import type { Actor } from '@tributary/core/audit';

export type Role = 'owner' | 'admin' | 'viewer';

/** Permission levels; each includes the ones before it (admin ⊃ write ⊃ read). */
export type Access = 'read' | 'write' | 'admin';
export const ACCESS_LEVELS: readonly Access[] = ['read', 'write', 'admin'];

const roleLevel: Record<Role, Access> = { viewer: 'read', admin: 'write', owner: 'admin' };

/** Who is making a request, established once per request by `authenticateRequest`. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; isStaff: boolean; tenant: { tenantId: string; role: Role } | null }
  | { kind: 'api_key'; apiKeyId: string; tenantId: string; scopes: Access[] };

/** The caller's rights in its tenant, once `requireAccess` has admitted it. */
export interface TenantAccess {
  tenantId: string;
  actor: Actor;
  levels: Access[];
}

/** Every level up to and including `top`. */
export function expandAccess(top: Access): Access[] {
  return ACCESS_LEVELS.slice(0, ACCESS_LEVELS.indexOf(top) + 1);
}

/** The highest level in a set of scopes (an API key's), or null for none. */
export function highestAccess(scopes: readonly string[]): Access | null {
  const found = ACCESS_LEVELS.filter((level) => scopes.includes(level));
  return found.at(-1) ?? null;
}

export function accessOfRole(role: Role): Access[] {
  return expandAccess(roleLevel[role]);
}

/** The caller's effective levels in its tenant (empty without a tenant). */
export function accessOfCaller(caller: Caller): Access[] {
  if (caller.kind === 'user') return caller.tenant ? accessOfRole(caller.tenant.role) : [];
  if (caller.kind === 'api_key') {
    const top = highestAccess(caller.scopes);
    return top ? expandAccess(top) : [];
  }
  return [];
}

/** The audit-log actor for a caller inside its tenant. */
export function actorOfCaller(caller: Caller): Actor | null {
  if (caller.kind === 'user' && caller.tenant) return { kind: 'user', userId: caller.userId, tenantId: caller.tenant.tenantId, role: caller.tenant.role };
  if (caller.kind === 'api_key') return { kind: 'api_key', apiKeyId: caller.apiKeyId, tenantId: caller.tenantId, scopes: caller.scopes };
  return null;
}

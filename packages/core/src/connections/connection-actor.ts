import type { Actor } from '../audit/index';
import { DomainError } from '../shared/index';

/** Connections hold a tenant's keys to other systems: only its owners and admins (or its API keys, scoped by the API) and the system change them. */
export function assertMayManageConnections(actor: Actor, tenantId: string): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'staff') throw new DomainError('FORBIDDEN', 'Support staff cannot change a tenant\'s connections');
  if (actor.tenantId !== tenantId) throw new DomainError('FORBIDDEN', 'Not a member of this tenant');
  if (actor.kind === 'user' && actor.role === 'viewer') throw new DomainError('FORBIDDEN', 'Viewers cannot change connections');
}

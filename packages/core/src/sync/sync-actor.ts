import type { Actor } from '../audit/index';
import { DomainError } from '../shared/index';

/** Syncs are changed and run by a tenant's owners and admins, its API keys (scoped by the API) and the system. */
export function assertMayManageSyncs(actor: Actor, tenantId: string): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'staff') throw new DomainError('FORBIDDEN', "Support staff cannot change a tenant's syncs");
  if (actor.tenantId !== tenantId) throw new DomainError('FORBIDDEN', 'Not a member of this tenant');
  if (actor.kind === 'user' && actor.role === 'viewer') throw new DomainError('FORBIDDEN', 'Viewers cannot change or run syncs');
}

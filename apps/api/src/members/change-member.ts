import { recordAudit } from '@tributary/core/audit';
import { DomainError } from '@tributary/core/shared';
import type { TenantDb } from '@tributary/db';
import type { Role, TenantAccess } from '../auth/caller';
import type { MemberRow } from '../graphql/graphql-rows';

async function findMember(tx: TenantDb, access: TenantAccess, memberId: string): Promise<MemberRow> {
  const member = await tx.membership.findFirst({ where: { id: memberId, tenantId: access.tenantId } });
  if (!member) throw new DomainError('NOT_FOUND', 'Member not found.');
  return member;
}

/** A tenant always keeps at least one owner. */
async function assertAnotherOwner(tx: TenantDb, access: TenantAccess, member: MemberRow): Promise<void> {
  if (member.role !== 'owner') return;
  const owners = await tx.membership.count({ where: { tenantId: access.tenantId, role: 'owner' } });
  if (owners <= 1) throw new DomainError('PRECONDITION_FAILED', 'A tenant needs at least one owner: make someone else owner first.');
}

export async function changeMemberRole(tx: TenantDb, access: TenantAccess, memberId: string, role: Role): Promise<MemberRow> {
  const member = await findMember(tx, access, memberId);
  if (member.role === role) return member;
  if (role !== 'owner') await assertAnotherOwner(tx, access, member);
  const updated = await tx.membership.update({ where: { id: member.id }, data: { role } });
  await recordAudit(tx, access.tenantId, access.actor, { action: 'member.role_changed', targetType: 'membership', targetId: member.id, metadata: { from: member.role, to: role } });
  return updated;
}

export async function removeMember(tx: TenantDb, access: TenantAccess, memberId: string): Promise<void> {
  const member = await findMember(tx, access, memberId);
  await assertAnotherOwner(tx, access, member);
  await tx.membership.delete({ where: { id: member.id } });
  await recordAudit(tx, access.tenantId, access.actor, { action: 'member.removed', targetType: 'membership', targetId: member.id, metadata: { userId: member.userId, role: member.role } });
}

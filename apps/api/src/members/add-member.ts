import { randomBytes } from 'node:crypto';
import { recordAudit } from '@tributary/core/audit';
import { hashPassword } from '@tributary/core/auth';
import { DomainError, toFieldIssues } from '@tributary/core/shared';
import type { TenantDb } from '@tributary/db';
import { z } from 'zod';
import type { TenantAccess } from '../auth/caller';
import type { MemberRow } from '../graphql/graphql-rows';

const addMemberInput = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(['owner', 'admin', 'viewer']),
});
export type AddMemberInput = z.input<typeof addMemberInput>;

/**
 * Add a person to the caller's tenant. A person without an account gets one, with a
 * one-time password returned to the caller (never stored in clear).
 */
export async function addMember(tx: TenantDb, access: TenantAccess, input: AddMemberInput): Promise<{ member: MemberRow; temporaryPassword: string | null }> {
  const parsed = addMemberInput.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', 'Invalid member.', { fields: toFieldIssues(parsed.error.issues, 'input') });
  const { email, name, role } = parsed.data;
  let user = await tx.user.findUnique({ where: { email } });
  let temporaryPassword: string | null = null;
  if (!user) {
    temporaryPassword = randomBytes(12).toString('base64url');
    user = await tx.user.create({ data: { email, name, passwordHash: await hashPassword(temporaryPassword) } });
  }
  const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: access.tenantId, userId: user.id } } });
  if (existing) throw new DomainError('CONFLICT', `${email} is already a member.`, { fields: [{ field: 'input.email', message: 'already a member' }] });
  const member = await tx.membership.create({ data: { tenantId: access.tenantId, userId: user.id, role } });
  await recordAudit(tx, access.tenantId, access.actor, { action: 'member.added', targetType: 'membership', targetId: member.id, metadata: { email, role } });
  return { member, temporaryPassword };
}

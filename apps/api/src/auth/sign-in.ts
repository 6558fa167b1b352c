import { verifyPassword } from '@tributary/core/auth';
import { DomainError } from '@tributary/core/shared';
import type { PrismaClient } from '@tributary/db';
import { z } from 'zod';
import type { Role } from './caller';

export const signInInputSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  password: z.string().min(1).max(1024),
  tenantSlug: z.string().min(1).max(100).optional(),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

const membershipSchema = z.object({ tenantId: z.string(), slug: z.string(), name: z.string(), role: z.enum(['owner', 'admin', 'viewer']) });
export type SignInMembership = z.infer<typeof membershipSchema>;

export interface SignedIn {
  user: { id: string; email: string; name: string; isStaff: boolean };
  tenant: SignInMembership | null;
  memberships: SignInMembership[];
}

/** Compared against when the email is unknown, so both failures take the same time. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Check a person's email and password and pick the tenant to act in: the one named by
 * `tenantSlug`, else their first. Support staff may sign in without any membership.
 */
export async function signIn(db: PrismaClient, input: SignInInput): Promise<SignedIn> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok) throw new DomainError('UNAUTHENTICATED', 'Wrong email or password.');
  const rows = await db.$queryRaw<unknown[]>`SELECT * FROM user_memberships(${user.id}::uuid)`;
  const memberships = z.array(membershipSchema).parse(rows);
  let tenant: SignInMembership | null = memberships[0] ?? null;
  if (input.tenantSlug) {
    tenant = memberships.find((m) => m.slug === input.tenantSlug) ?? null;
    if (!tenant && !user.isStaff) throw new DomainError('FORBIDDEN', `You are not a member of tenant "${input.tenantSlug}".`);
  }
  if (!tenant && !user.isStaff) throw new DomainError('FORBIDDEN', 'Your account belongs to no tenant yet.');
  return { user: { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff }, tenant, memberships };
}

export function roleOf(membership: SignInMembership | null): Role | null {
  return membership?.role ?? null;
}

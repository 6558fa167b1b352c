import type { Prisma, TenantDb } from '@tributary/db';

/** Who did something: a person, a partner's API key, a support-staff member acting across tenants, or the system. */
export type Actor =
  | { kind: 'user'; userId: string; tenantId: string; role: 'owner' | 'admin' | 'viewer' }
  | { kind: 'api_key'; apiKeyId: string; tenantId: string; scopes: string[] }
  | { kind: 'staff'; userId: string }
  | { kind: 'system'; process: string };

export function actorId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
    case 'staff':
      return actor.userId;
    case 'api_key':
      return actor.apiKeyId;
    case 'system':
      return actor.process;
  }
}

/** Append to the tenant's audit log, in the caller's transaction. */
export async function recordAudit(
  tx: TenantDb,
  tenantId: string,
  actor: Actor,
  entry: { action: string; targetType: string; targetId?: string | null; metadata?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      tenantId,
      actorKind: actor.kind,
      actorId: actorId(actor),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      metadata: entry.metadata ?? {},
    },
  });
}

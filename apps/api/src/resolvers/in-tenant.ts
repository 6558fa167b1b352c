import { withTenant, type TenantDb } from '@tributary/db';
import type { Access, TenantAccess } from '../auth/caller';
import { requireAccess } from '../auth/require-access';
import type { GraphqlContext } from '../graphql/context';

/**
 * Admit the caller at `needed` level, then run `fn` in a transaction bound to the
 * caller's tenant (Row Level Security admits only its rows). The tenant comes from the
 * credentials, never from arguments.
 */
export async function inTenant<T>(ctx: GraphqlContext, needed: Access, fn: (tx: TenantDb, access: TenantAccess) => Promise<T>): Promise<T> {
  const access = requireAccess(ctx.caller, needed);
  return withTenant(ctx.deps.db, access.tenantId, (tx) => fn(tx, access));
}

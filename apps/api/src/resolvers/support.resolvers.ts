import { requireCurrentStaff } from '../auth/require-access';
import { encodeId } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { findDeadLettersAsStaff } from '../support/find-dead-letters-as-staff';

/** Support staff: find failed records across tenants (audited in each tenant); replay is in support-commands. */
export const supportResolvers: Resolvers = {
  Query: {
    supportDeadLetters: async (_parent, args, ctx) => {
      const staff = await requireCurrentStaff(ctx.caller, ctx.deps.db);
      const { filter, ...page } = args;
      return findDeadLettersAsStaff(ctx.deps.privilegedDb, staff, filter ?? {}, page);
    },
  },
  SupportDeadLetter: {
    id: (row) => encodeId('DeadLetter', row.id),
    tenant: (row) => ({ id: encodeId('Tenant', row.tenant.id), slug: row.tenant.slug, name: row.tenant.name }),
    syncId: (row) => (row.syncConfigId ? encodeId('Sync', row.syncConfigId) : null),
    runId: (row) => (row.runId ? encodeId('Run', row.runId) : null),
    payload: (row) => row.payload ?? null,
    error: (row) => ({ code: row.errorCode, message: row.errorMessage, path: row.errorPath, details: row.errorDetails }),
  },
};

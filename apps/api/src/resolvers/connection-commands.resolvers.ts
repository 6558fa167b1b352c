import {
  createConnectSession,
  createConnection,
  disconnectConnection,
  isReturnUrlAllowed,
  reconnectWithCredentials,
  registerOAuthIntegration,
  startOAuthConnect,
  testConnection,
} from '@tributary/core/connections';
import { DomainError } from '@tributary/core/shared';
import { buildOAuthRedirectUri } from '../http/oauth-callback.route';
import { requireAccess } from '../auth/require-access';
import type { GraphqlContext } from '../graphql/context';
import { decodeId, notFound } from '../graphql/global-id';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { ConnectionRow } from '../graphql/graphql-rows';

function connectionDeps(ctx: GraphqlContext) {
  return { db: ctx.deps.db, cipher: ctx.deps.cipher };
}

async function loadConnection(ctx: GraphqlContext, connectionId: string): Promise<ConnectionRow> {
  ctx.loaders.connection.clear(connectionId);
  const row = await ctx.loaders.connection.load(connectionId);
  if (!row) throw notFound('Connection');
  return row;
}

function checkReturnUrl(ctx: GraphqlContext, returnUrl: string | null | undefined): string | undefined {
  if (!returnUrl) return undefined;
  if (!isReturnUrlAllowed(returnUrl, ctx.deps.returnUrlAllowList)) {
    throw new DomainError('VALIDATION_FAILED', 'The return URL is not on the allow-list.', { fields: [{ field: 'input.returnUrl', message: 'not on the allow-list' }] });
  }
  return returnUrl;
}

/** Connection writes: thin calls into `@tributary/core/connections`. */
export const connectionCommandResolvers: Resolvers = {
  Mutation: {
    startOAuthConnect: (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      return startOAuthConnect(connectionDeps(ctx), {
        tenantId: access.tenantId,
        userId: access.actor.kind === 'user' ? access.actor.userId : undefined,
        integrationKey: input.integrationKey,
        connectionName: input.name ?? undefined,
        returnUrl: checkReturnUrl(ctx, input.returnUrl),
        redirectUri: buildOAuthRedirectUri(ctx.deps.apiPublicUrl),
      });
    },
    createConnection: async (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const { connectionId } = await createConnection(connectionDeps(ctx), access.tenantId, access.actor, {
        integrationKey: input.integrationKey,
        name: input.name,
        credentials: input.credentials,
        settings: (input.settings ?? {}) as Record<string, never>,
      });
      return loadConnection(ctx, connectionId);
    },
    testConnection: async (_parent, { id }, ctx) => {
      const connectionId = decodeId(id, 'Connection');
      const access = requireAccess(ctx.caller, 'write');
      await loadConnection(ctx, connectionId);
      const result = await testConnection(connectionDeps(ctx), access.tenantId, connectionId);
      return { ...result, connection: await loadConnection(ctx, connectionId) };
    },
    reconnect: async (_parent, { input }, ctx) => {
      const connectionId = decodeId(input.connectionId, 'Connection');
      const access = requireAccess(ctx.caller, 'write');
      const row = await loadConnection(ctx, connectionId);
      const integration = await ctx.loaders.integration.load(row.integrationId);
      if (!integration) throw notFound('Integration');
      if (integration.authType === 'oauth2') {
        const started = await startOAuthConnect(connectionDeps(ctx), {
          tenantId: access.tenantId,
          userId: access.actor.kind === 'user' ? access.actor.userId : undefined,
          integrationKey: integration.key,
          reconnectConnectionId: connectionId,
          returnUrl: checkReturnUrl(ctx, input.returnUrl),
          redirectUri: buildOAuthRedirectUri(ctx.deps.apiPublicUrl),
        });
        return { connection: row, authorizationUrl: started.authorizationUrl };
      }
      if (input.credentials == null) throw new DomainError('VALIDATION_FAILED', 'Give the new credentials.', { fields: [{ field: 'input.credentials', message: 'required for this integration' }] });
      await reconnectWithCredentials(connectionDeps(ctx), access.tenantId, access.actor, connectionId, input.credentials);
      return { connection: await loadConnection(ctx, connectionId), authorizationUrl: null };
    },
    disconnect: async (_parent, { id }, ctx) => {
      const connectionId = decodeId(id, 'Connection');
      const access = requireAccess(ctx.caller, 'write');
      await loadConnection(ctx, connectionId);
      await disconnectConnection(connectionDeps(ctx), access.tenantId, access.actor, connectionId);
      return loadConnection(ctx, connectionId);
    },
    registerOAuthIntegration: async (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'admin');
      const { integrationId } = await registerOAuthIntegration(connectionDeps(ctx), access.tenantId, access.actor, {
        key: input.key,
        label: input.label,
        connectorId: input.connectorId ?? undefined,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        authorizeUrl: input.authorizeUrl ?? undefined,
        tokenUrl: input.tokenUrl ?? undefined,
        scopes: input.scopes ?? undefined,
        tokenAuthMethod: (input.tokenAuthMethod ?? undefined) as 'client_secret_basic' | 'client_secret_post' | undefined,
        defaultSettings: (input.defaultSettings ?? {}) as Record<string, never>,
      });
      const row = await ctx.loaders.integration.load(integrationId);
      if (!row) throw notFound('Integration');
      return row;
    },
    createConnectSession: async (_parent, { input }, ctx) => {
      const access = requireAccess(ctx.caller, 'write');
      const { token, expiresAt } = await createConnectSession(
        { db: ctx.deps.db },
        { tenantId: access.tenantId, allowedIntegrations: input.integrationKeys, returnUrl: input.returnUrl, endUserId: input.endUserId ?? undefined },
        ctx.deps.sessionSigningSecret,
        ctx.deps.returnUrlAllowList,
      );
      return { url: `${ctx.deps.apiPublicUrl.replace(/\/+$/, '')}/connect?session=${encodeURIComponent(token)}`, expiresAt };
    },
  },
};

import type { GraphqlContext } from '../graphql/context';
import { decodeId, notFound } from '../graphql/global-id';

type OwnedType = 'Connection' | 'Sync' | 'Run' | 'Integration';

/**
 * The key of an id given as a filter or an argument, after checking the object exists in
 * the caller's tenant (through the request's loaders): another tenant's id is NOT_FOUND
 * even where it would merely have filtered to nothing.
 */
export async function requireOwnedId(ctx: GraphqlContext, id: string, type: OwnedType): Promise<string> {
  const key = decodeId(id, type);
  const loader = { Connection: ctx.loaders.connection, Sync: ctx.loaders.sync, Run: ctx.loaders.run, Integration: ctx.loaders.integration }[type];
  if (!(await loader.load(key))) throw notFound(type);
  return key;
}

export async function requireOwnedIdOrUndefined(ctx: GraphqlContext, id: string | null | undefined, type: OwnedType): Promise<string | undefined> {
  return id == null ? undefined : requireOwnedId(ctx, id, type);
}

import type { HttpRequest, HttpResponse, Paginator, PaginatorParamLocation } from '../contract';
import { ConnectorError } from './connector-error';
import { readPath } from './dotted-path';

/** Sets a paginator parameter in the query string or at the top level of the JSON body. */
function withParam(req: HttpRequest, location: PaginatorParamLocation | undefined, name: string, value: string | number): HttpRequest {
  if (location === 'body') {
    const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
    return { ...req, body: { ...body, [name]: value } };
  }
  return { ...req, query: { ...req.query, [name]: value } };
}

/** The request for the page at `position` (undefined = the first page). */
export function applyPosition(req: HttpRequest, paginator: Paginator, position: string | undefined, pageSize: number): HttpRequest {
  switch (paginator.type) {
    case 'cursor':
      return position === undefined ? req : withParam(req, paginator.location, paginator.param, position);
    case 'offset': {
      const offset = position === undefined ? 0 : Number(position);
      const limited = withParam(req, paginator.location, paginator.limitParam, pageSize);
      return withParam(limited, paginator.location, paginator.offsetParam, offset);
    }
    case 'link':
      return position === undefined ? req : { ...req, url: position, query: undefined };
    case 'graphql': {
      const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
      const variables = body.variables && typeof body.variables === 'object' ? body.variables : {};
      return { ...req, body: { ...body, variables: { ...variables, [paginator.afterVariable]: position ?? null } } };
    }
    case 'none':
      return req;
  }
}

/** The records of a response: `itemsPath` of the body, or the nodes of a GraphQL connection. */
export function readItems(response: HttpResponse, paginator: Paginator, itemsPath: string | undefined): unknown[] {
  let items: unknown;
  if (paginator.type === 'graphql' && itemsPath === undefined) {
    const connection = readGraphqlConnection(response.body, paginator.connectionPath);
    const edges = readPath(connection, 'edges');
    items = readPath(connection, 'nodes') ?? (Array.isArray(edges) ? edges.map((edge: unknown) => readPath(edge, 'node')) : undefined);
  } else {
    items = readPath(response.body, itemsPath);
  }
  if (!Array.isArray(items)) {
    throw new ConnectorError('permanent', `expected a record array at "${itemsPath ?? 'connection nodes'}" in the response`);
  }
  return items;
}

/** The position of the page after this one; undefined when this is the last page. */
export function readNextPosition(
  response: HttpResponse,
  paginator: Paginator,
  items: unknown[],
  position: string | undefined,
  pageSize: number,
): string | undefined {
  let next: string | undefined;
  switch (paginator.type) {
    case 'cursor':
      next = readToken(readPath(response.body, paginator.nextPath));
      break;
    case 'offset': {
      const hasMore = paginator.hasMorePath ? readPath(response.body, paginator.hasMorePath) === true : items.length >= pageSize;
      next = hasMore && items.length > 0 ? String((position === undefined ? 0 : Number(position)) + items.length) : undefined;
      break;
    }
    case 'link':
      next = readNextLink(response.headers.get('link'));
      break;
    case 'graphql': {
      const connection = readGraphqlConnection(response.body, paginator.connectionPath);
      const hasNext = readPath(connection, 'pageInfo.hasNextPage') === true;
      next = hasNext ? readToken(readPath(connection, 'pageInfo.endCursor')) : undefined;
      break;
    }
    case 'none':
      return undefined;
  }
  if (next !== undefined && next === position) throw new ConnectorError('permanent', 'the paginator did not advance (same position twice)');
  return next;
}

function readToken(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readGraphqlConnection(body: unknown, connectionPath: string): unknown {
  const connection = readPath(body, `data.${connectionPath}`);
  const errors = readPath(body, 'errors');
  if ((connection === undefined || connection === null) && Array.isArray(errors) && errors.length > 0) {
    const messages = errors.map((e: unknown) => String(readPath(e, 'message') ?? 'unknown error')).join('; ');
    throw new ConnectorError('bad_request', `GraphQL errors: ${messages}`, { body });
  }
  return connection;
}

/** RFC 8288: the target of rel="next" in a Link header (providers send absolute links). */
export function readNextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(match[2]);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('next')) return match[1];
  }
  return undefined;
}

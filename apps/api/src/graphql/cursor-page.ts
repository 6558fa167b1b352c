import { GraphQLError } from 'graphql';

/** The largest page a connection returns. Part of the public contract. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

type SortValue = Date | bigint | string;

/** A position in a list ordered by (sort value desc, id desc). */
interface Position {
  sort: SortValue;
  id: string;
}

export interface PageQuery {
  /** keyset condition on `sortField` / `id`; AND it with the list's own filter */
  where: Record<string, unknown>;
  orderBy: Record<string, 'asc' | 'desc'>[];
  take: number;
}

export interface RelayPage<Row> {
  edges: { cursor: string; node: Row }[];
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function paginationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'PAGINATION_INVALID' } });
}

/** Check first/last: exactly one, 0..100 (the limits plugin already rejects the rest before execution). */
export function checkPageArgs(args: PageArgs): { size: number; backward: boolean } {
  const { first, last } = args;
  if ((first == null) === (last == null)) throw paginationError('Give exactly one of `first` or `last`.');
  const size = (first ?? last)!;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw paginationError(`\`first\`/\`last\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  if (first != null && args.before) throw paginationError('Use `before` with `last`.');
  if (last != null && args.after) throw paginationError('Use `after` with `first`.');
  return { size, backward: last != null };
}

function encodeCursor(position: Position): string {
  const sort = position.sort instanceof Date ? ['d', position.sort.toISOString()] : typeof position.sort === 'bigint' ? ['b', position.sort.toString()] : ['s', position.sort];
  return Buffer.from(JSON.stringify([...sort, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const [kind, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string, string];
    if (typeof value !== 'string' || typeof id !== 'string') throw new Error('cursor');
    const sort = kind === 'd' ? new Date(value) : kind === 'b' ? BigInt(value) : value;
    if (sort instanceof Date && Number.isNaN(sort.getTime())) throw new Error('cursor');
    return { sort, id };
  } catch {
    throw paginationError('The cursor is not valid for this list.');
  }
}

function idValue(id: string, sort: SortValue): string | bigint {
  return typeof sort === 'bigint' && /^\d+$/.test(id) ? BigInt(id) : id;
}

/**
 * Keyset pagination over (sortField desc, id desc): the Prisma `where`/`orderBy`/`take`
 * for one page (one row more than asked, to know whether another page follows).
 */
export function pageQuery(args: PageArgs, sortField: string): PageQuery & { size: number; backward: boolean } {
  const { size, backward } = checkPageArgs(args);
  const cursor = backward ? args.before : args.after;
  const direction = backward ? 'asc' : 'desc';
  const op = backward ? 'gt' : 'lt';
  let where: Record<string, unknown> = {};
  if (cursor) {
    const at = decodeCursor(cursor);
    const id = idValue(at.id, at.sort);
    where = sortField === 'id' ? { id: { [op]: id } } : { OR: [{ [sortField]: { [op]: at.sort } }, { [sortField]: at.sort, id: { [op]: id } }] };
  }
  const orderBy = sortField === 'id' ? [{ id: direction }] : [{ [sortField]: direction }, { id: direction }];
  return { where, orderBy: orderBy as PageQuery['orderBy'], take: size + 1, size, backward };
}

/** Turn the fetched rows (size + 1 at most) into a Relay connection. */
export function toRelayPage<Row extends { id: string | bigint }>(
  rows: Row[],
  query: { size: number; backward: boolean },
  args: PageArgs,
  sortOf: (row: Row) => SortValue,
): RelayPage<Row> {
  const more = rows.length > query.size;
  const kept = rows.slice(0, query.size);
  if (query.backward) kept.reverse();
  const edges = kept.map((node) => ({ cursor: encodeCursor({ sort: sortOf(node), id: String(node.id) }), node }));
  return {
    edges,
    nodes: kept,
    pageInfo: {
      hasNextPage: query.backward ? Boolean(args.before) : more,
      hasPreviousPage: query.backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

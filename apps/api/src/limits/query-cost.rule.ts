import { getNullableType, isLeafType, isListType, type GraphQLNamedType, type SelectionSetNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/cursor-page';
import { LimitViolation, type OperationInput } from './operation-input';
import { isConnectionType, rootTypeOf, typedFields } from './typed-fields';

/** Items assumed for a plain list field (not a connection): lineage, destinations, the catalogue. */
export const ASSUMED_LIST_SIZE = 10;

function pageSizeOf(args: Record<string, unknown> | null): number {
  const size = args ? ((args.first ?? args.last) as number | null | undefined) : null;
  return typeof size === 'number' && size >= 0 ? Math.min(size, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/**
 * Cost = the objects a query may load: every field returning an object costs 1 per
 * object it can return; scalars are free. Inside a connection asked for `first: n`, its
 * `edges`/`nodes` count n times; other lists count ASSUMED_LIST_SIZE times.
 * `runs(first: 100) { nodes { id sync { name } } }` costs 1 + 100 × (1 + 1) = 201.
 */
function costOf(input: OperationInput, selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | null): number {
  let total = 0;
  for (const field of typedFields(input, selectionSet, parent)) {
    if (isLeafType(field.named)) continue;
    const times = isListType(getNullableType(field.definition.type)) ? (pageSize ?? ASSUMED_LIST_SIZE) : 1;
    const childPage = isConnectionType(field.named) ? pageSizeOf(field.args) : null;
    const inner = field.node.selectionSet ? costOf(input, field.node.selectionSet, field.named, childPage) : 0;
    total += times * (1 + inner);
  }
  return total;
}

export function measureCost(input: OperationInput): number {
  const root = rootTypeOf(input);
  return root ? costOf(input, input.operation.selectionSet, root, null) : 0;
}

export function checkCost(cost: number, maxCost: number): LimitViolation | null {
  return cost > maxCost ? new LimitViolation('QUERY_TOO_COSTLY', `The query may cost ${cost}; the limit is ${maxCost}. Ask for smaller pages or fewer nested lists.`) : null;
}

import type { GraphQLNamedType, SelectionSetNode } from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/cursor-page';
import { LimitViolation, type OperationInput } from './operation-input';
import { isConnectionType, rootTypeOf, typedFields } from './typed-fields';

function problemOf(args: Record<string, unknown> | null, fieldName: string): string | null {
  if (!args) return null;
  const { first, last } = args as { first?: number | null; last?: number | null };
  if ((first == null) === (last == null)) return `\`${fieldName}\` needs exactly one of \`first\` or \`last\`.`;
  const size = (first ?? last) as number;
  if (size < 0 || size > MAX_PAGE_SIZE) return `\`${fieldName}\`: \`first\`/\`last\` must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`;
  return null;
}

function check(input: OperationInput, selectionSet: SelectionSetNode, parent: GraphQLNamedType): string | null {
  for (const field of typedFields(input, selectionSet, parent)) {
    if (isConnectionType(field.named)) {
      const problem = problemOf(field.args, field.node.name.value);
      if (problem) return problem;
    }
    if (field.node.selectionSet) {
      const inner = check(input, field.node.selectionSet, field.named);
      if (inner) return inner;
    }
  }
  return null;
}

/** Every connection field must say how much it wants: exactly one of `first`/`last`, at most 100. */
export function checkPageSizes(input: OperationInput): LimitViolation | null {
  const root = rootTypeOf(input);
  const problem = root ? check(input, input.operation.selectionSet, root) : null;
  return problem ? new LimitViolation('PAGINATION_INVALID', problem) : null;
}

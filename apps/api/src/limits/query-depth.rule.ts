import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { expandFields, isIntrospectionField, LimitViolation, type OperationInput } from './operation-input';

function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): number {
  let deepest = 0;
  for (const { field } of expandFields(selectionSet, fragments)) {
    if (isIntrospectionField(field)) continue;
    deepest = Math.max(deepest, 1 + (field.selectionSet ? depthOf(field.selectionSet, fragments) : 0));
  }
  return deepest;
}

/** Nesting depth of fields (`{ runs { nodes { id } } }` is 3), introspection excluded. */
export function measureDepth(input: OperationInput): number {
  return depthOf(input.operation.selectionSet, input.fragments);
}

export function checkDepth(input: OperationInput, maxDepth: number): LimitViolation | null {
  const depth = measureDepth(input);
  return depth > maxDepth ? new LimitViolation('QUERY_TOO_DEEP', `The query is ${depth} levels deep; the limit is ${maxDepth}.`) : null;
}

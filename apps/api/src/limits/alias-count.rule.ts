import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { expandFields, LimitViolation, type OperationInput } from './operation-input';

function countAliases(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): number {
  let count = 0;
  for (const { field } of expandFields(selectionSet, fragments)) {
    if (field.alias && field.alias.value !== field.name.value) count += 1;
    if (field.selectionSet) count += countAliases(field.selectionSet, fragments);
  }
  return count;
}

/** Aliases let one request repeat a field many times (batching attacks): they are counted, fragments expanded. */
export function checkAliases(input: OperationInput, maxAliases: number): LimitViolation | null {
  const count = countAliases(input.operation.selectionSet, input.fragments);
  return count > maxAliases ? new LimitViolation('TOO_MANY_ALIASES', `The query uses ${count} aliases; the limit is ${maxAliases}.`) : null;
}

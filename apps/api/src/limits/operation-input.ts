import {
  getVariableValues,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
  type FieldNode,
} from 'graphql';

/** What every limit rule reads: the operation to run, its fragments and its coerced variables. */
export interface OperationInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** null when the variables do not coerce (execution reports that; rules assume the worst) */
  variables: Record<string, unknown> | null;
}

export function readOperationInput(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined): OperationInput {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  return { schema, operation, fragments, variables: 'coerced' in coerced ? (coerced.coerced as Record<string, unknown>) : null };
}

/** Each field of a selection set with fragments expanded (the type condition, if any, rides along). */
export function* expandFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Generator<{ field: FieldNode; typeCondition: string | null }> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield { field: selection, typeCondition: null };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value ?? null;
      for (const inner of expandFields(selection.selectionSet, fragments)) yield { field: inner.field, typeCondition: inner.typeCondition ?? condition };
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment) continue;
      for (const inner of expandFields(fragment.selectionSet, fragments)) yield { field: inner.field, typeCondition: inner.typeCondition ?? fragment.typeCondition.name.value };
    }
  }
}

/** Introspection (`__schema`, `__type`, `__typename`) is free and unlimited: partners need the schema. */
export function isIntrospectionField(field: FieldNode): boolean {
  return field.name.value.startsWith('__');
}

export class LimitViolation {
  constructor(
    readonly code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY' | 'TOO_MANY_ALIASES' | 'PAGINATION_INVALID',
    readonly message: string,
  ) {}
}

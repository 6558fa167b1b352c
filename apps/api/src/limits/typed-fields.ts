import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { expandFields, isIntrospectionField, type OperationInput } from './operation-input';

export interface TypedField {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  /** the field's type without list / non-null wrappers */
  named: GraphQLNamedType;
  /** argument values with variables applied; null when they cannot be read */
  args: Record<string, unknown> | null;
}

function fieldsOf(type: GraphQLNamedType | null | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : null;
}

/** The fields of a selection set with their schema definitions (introspection fields skipped). */
export function* typedFields(input: OperationInput, selectionSet: SelectionSetNode, parent: GraphQLNamedType): Generator<TypedField> {
  for (const { field, typeCondition } of expandFields(selectionSet, input.fragments)) {
    if (isIntrospectionField(field)) continue;
    const owner = typeCondition ? input.schema.getType(typeCondition) : parent;
    const definition = fieldsOf(owner)?.[field.name.value] ?? fieldsOf(parent)?.[field.name.value];
    if (!definition) continue;
    let args: Record<string, unknown> | null = null;
    try {
      args = input.variables ? getArgumentValues(definition, field, input.variables) : null;
    } catch {
      args = null;
    }
    yield { node: field, definition, named: getNamedType(definition.type), args };
  }
}

/** A Relay connection type: `XxxConnection` with `edges` and `pageInfo`. */
export function isConnectionType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** The root type of the operation. */
export function rootTypeOf(input: OperationInput): GraphQLObjectType | null | undefined {
  return input.schema.getRootType(input.operation.operation);
}

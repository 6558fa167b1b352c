import { z } from 'zod';
import { canonicalModels, type CanonicalModelName } from '../../canonical/index';

export type FieldKind = 'string' | 'email' | 'datetime' | 'date' | 'integer' | 'number' | 'boolean' | 'enum' | 'array' | 'object';

export interface FieldDescription {
  name: string;
  kind: FieldKind;
  nullable: boolean;
  /** element fields, for arrays of objects (invoice lines) */
  items?: FieldDescription[];
}

interface JsonSchemaNode {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
}

const cache = new Map<CanonicalModelName, FieldDescription[]>();

/** The top-level fields of a canonical model with their kinds, read from its JSON Schema (cached). */
export function describeModelFields(model: CanonicalModelName): FieldDescription[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const schema = z.toJSONSchema(canonicalModels[model].schema) as JsonSchemaNode;
  const fields = describeProperties(schema.properties ?? {});
  cache.set(model, fields);
  return fields;
}

function describeProperties(properties: Record<string, JsonSchemaNode>): FieldDescription[] {
  return Object.entries(properties).map(([name, node]) => describeNode(name, node));
}

function describeNode(name: string, node: JsonSchemaNode): FieldDescription {
  const variants = node.anyOf ?? [node];
  const nullable = variants.some((v) => typeIncludes(v, 'null'));
  const main = variants.find((v) => !(v.type === 'null')) ?? node;
  const kind = readKind(main);
  const items = kind === 'array' && main.items?.properties ? describeProperties(main.items.properties) : undefined;
  return { name, kind, nullable, ...(items ? { items } : {}) };
}

function readKind(node: JsonSchemaNode): FieldKind {
  if (node.enum) return 'enum';
  if (typeIncludes(node, 'string')) {
    if (node.format === 'email') return 'email';
    if (node.format === 'date-time') return 'datetime';
    if (node.format === 'date') return 'date';
    return 'string';
  }
  if (typeIncludes(node, 'integer')) return 'integer';
  if (typeIncludes(node, 'number')) return 'number';
  if (typeIncludes(node, 'boolean')) return 'boolean';
  if (typeIncludes(node, 'array')) return 'array';
  return 'object';
}

function typeIncludes(node: JsonSchemaNode, type: string): boolean {
  return Array.isArray(node.type) ? node.type.includes(type) : node.type === type;
}

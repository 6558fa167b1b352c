import { z } from 'zod';
import { derivedProperties, type CrmObjectSpec, type CrmProperties } from './crm-object.types';
import { type CrmValidationIssue } from './crm-errors';

const propertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const propertiesInputSchema = z.record(z.string(), propertyValueSchema);

const numericProperties = new Set(['amount', 'numberofemployees', 'annualrevenue']);
const dateProperties = new Set(['closedate']);
const readOnly = new Set<string>(derivedProperties);
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type PropertiesCheck = { ok: true; properties: CrmProperties } | { ok: false; errors: CrmValidationIssue[] };

function checkValue(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  if (name === 'email' && !emailPattern.test(value.trim())) return `Email address ${value} is invalid`;
  if (numericProperties.has(name) && !Number.isFinite(Number(value))) return `${value} was not a valid number.`;
  if (dateProperties.has(name) && !/^\d+$/.test(value) && Number.isNaN(Date.parse(value))) return `${value} was not a valid date.`;
  if (name === 'hs_primary_associated_company' && !/^\d+$/.test(value)) return `${value} is not a valid object id.`;
  return undefined;
}

/** Validates written properties like HubSpot: known, writable, well-typed; values become strings. */
export function checkWrittenProperties(spec: CrmObjectSpec, input: Record<string, string | number | boolean | null>): PropertiesCheck {
  const known = new Set(spec.properties);
  const errors: CrmValidationIssue[] = [];
  const properties: CrmProperties = {};
  for (const [name, raw] of Object.entries(input)) {
    const issue = (message: string, code: string) => errors.push({ message, code, context: { propertyName: [name] } });
    if (!known.has(name)) {
      issue(`Property "${name}" does not exist`, 'PROPERTY_DOESNT_EXIST');
      continue;
    }
    if (readOnly.has(name)) {
      issue(`"${name}" is a read only property; its value cannot be set.`, 'READ_ONLY_VALUE');
      continue;
    }
    const value = raw === null ? null : String(raw);
    const problem = value === null ? undefined : checkValue(name, value);
    if (problem) issue(problem, 'INVALID_PROPERTY_VALUE');
    else properties[name] = value === '' ? null : value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, properties };
}

/** True when writing `changes` over `current` would change nothing. */
export function isSameProperties(current: CrmProperties, changes: CrmProperties): boolean {
  return Object.entries(changes).every(([name, value]) => (current[name] ?? null) === value);
}

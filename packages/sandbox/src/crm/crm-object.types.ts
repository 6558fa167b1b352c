export const crmObjectTypes = ['contacts', 'companies', 'deals'] as const;
export type CrmObjectType = (typeof crmObjectTypes)[number];

/** Stored CRM properties, without the ones derived from the record (id, timestamps). */
export type CrmProperties = Record<string, string | null>;

/** One HubSpot object type: its property catalog and how its records are made and changed. */
export interface CrmObjectSpec {
  type: CrmObjectType;
  singular: 'contact' | 'company' | 'deal';
  modifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** Every property the API knows, derived ones included. */
  properties: readonly string[];
  /** Properties returned when the request names none (as HubSpot does). */
  defaultProperties: readonly string[];
  /** Unique property usable as `idProperty` in batch upsert, besides hs_object_id. */
  uniqueProperty?: 'email' | 'domain';
  /** The record number a unique value was generated for, if it looks generated. */
  readIndexHint?(value: string): number | undefined;
  generate(index: number): CrmProperties;
  /** New values for a `mutate` of a record at the given new version. */
  buildMutation(current: CrmProperties, index: number, version: number): CrmProperties;
  /** Corrupts one served property of a record chosen as malformed. */
  malform(properties: Record<string, unknown>, hash: number): void;
}

export const derivedProperties = ['createdate', 'lastmodifieddate', 'hs_lastmodifieddate', 'hs_object_id'] as const;

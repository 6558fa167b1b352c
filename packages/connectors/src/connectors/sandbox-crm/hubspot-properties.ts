import type { CanonicalModelName, Company, Contact } from '../../canonical/index';
import type { WriteItem } from '../../contract';
import type { HubspotObjectType } from './hubspot-object';

/** Property values as HubSpot accepts them on writes (null clears a property). */
export type WritableProperties = Record<string, string | number | null>;

/** One upsert input, or the reason the record cannot be upserted idempotently. */
export type UpsertInput =
  | { ok: true; idProperty: string; id: string; properties: WritableProperties }
  | { ok: false; message: string; path: (string | number)[] };

export interface WritableObject {
  type: HubspotObjectType;
  toInput(record: unknown): UpsertInput;
}

function contactInput(record: Contact): UpsertInput {
  const email = record.email?.trim().toLowerCase();
  if (!email) return { ok: false, message: 'a contact without email cannot be upserted (email is the id property)', path: ['email'] };
  const properties: WritableProperties = {
    email,
    firstname: record.firstName,
    lastname: record.lastName,
    phone: record.phone,
    company: record.companyName,
    jobtitle: record.jobTitle,
    lifecyclestage: record.lifecycleStage,
  };
  return { ok: true, idProperty: 'email', id: email, properties };
}

function companyInput(record: Company): UpsertInput {
  const domain = record.domain?.trim().toLowerCase();
  if (!domain) return { ok: false, message: 'a company without domain cannot be upserted (domain is the id property)', path: ['domain'] };
  const properties: WritableProperties = {
    name: record.name,
    domain,
    industry: record.industry,
    phone: record.phone,
    city: record.city,
    country: record.country,
    numberofemployees: record.employeeCount,
    annualrevenue: record.annualRevenue,
  };
  return { ok: true, idProperty: 'domain', id: domain, properties };
}

/**
 * Canonical models the CRM destination writes, with their unique id property. Deals are not
 * written: the API has no unique deal property to upsert on, and plain creates would duplicate
 * deals on a retried batch.
 */
export const writableObjects: Partial<Record<CanonicalModelName, WritableObject>> = {
  contact: { type: 'contacts', toInput: (record) => contactInput(record as Contact) },
  company: { type: 'companies', toInput: (record) => companyInput(record as Company) },
};

/** The upsert input for a write item of the given model. */
export function toUpsertInput(model: CanonicalModelName, item: WriteItem): UpsertInput {
  const object = writableObjects[model];
  if (!object) return { ok: false, message: `${model} records are not written to the CRM`, path: [] };
  return object.toInput(item.record);
}

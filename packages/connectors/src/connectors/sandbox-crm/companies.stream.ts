import type { Company } from '../../canonical/index';
import type { HubspotObject, HubspotObjectSpec } from './hubspot-object';
import { defineHubspotStream } from './hubspot-stream';
import { collectCustom, readDomain, readNumber, readText, readTimestamp, requireText } from './property-values';

export const companyObject: HubspotObjectSpec = {
  type: 'companies',
  properties: ['name', 'domain', 'industry', 'phone', 'city', 'country', 'numberofemployees', 'annualrevenue', 'createdate', 'hs_lastmodifieddate'],
  modifiedProperty: 'hs_lastmodifieddate',
};
const known = new Set([...companyObject.properties, 'hs_object_id']);

/** HubSpot company -> canonical Company. */
export function normalizeCompany(raw: HubspotObject): Company {
  const p = raw.properties;
  return {
    name: requireText(p, 'name'),
    domain: readDomain(p.domain),
    industry: readText(p.industry),
    phone: readText(p.phone),
    city: readText(p.city),
    country: readText(p.country),
    employeeCount: readNumber(p, 'numberofemployees'),
    annualRevenue: readNumber(p, 'annualrevenue'),
    sourceCreatedAt: readTimestamp(p, 'createdate') ?? new Date(raw.createdAt).toISOString(),
    sourceUpdatedAt: readTimestamp(p, 'hs_lastmodifieddate') ?? new Date(raw.updatedAt).toISOString(),
    custom: collectCustom(p, known),
  };
}

export const companiesStream = defineHubspotStream({
  name: 'companies',
  label: 'Companies',
  model: 'company',
  object: companyObject,
  normalize: normalizeCompany,
});

import type { Deal } from '../../canonical/index';
import type { HubspotObject, HubspotObjectSpec } from './hubspot-object';
import { defineHubspotStream } from './hubspot-stream';
import { collectCustom, readNumber, readText, readTimestamp, requireText } from './property-values';

export const dealObject: HubspotObjectSpec = {
  type: 'deals',
  properties: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'hs_primary_associated_company', 'createdate', 'hs_lastmodifieddate'],
  modifiedProperty: 'hs_lastmodifieddate',
};
/** `deal_currency_code` is mapped when a portal sends it, though not requested */
const known = new Set([...dealObject.properties, 'hs_object_id', 'deal_currency_code']);

/** HubSpot deal -> canonical Deal. */
export function normalizeDeal(raw: HubspotObject): Deal {
  const p = raw.properties;
  return {
    name: requireText(p, 'dealname'),
    amount: readNumber(p, 'amount'),
    currency: readText(p.deal_currency_code)?.toUpperCase() ?? null,
    stage: readText(p.dealstage),
    pipeline: readText(p.pipeline),
    closeDate: readTimestamp(p, 'closedate'),
    companyExternalId: readText(p.hs_primary_associated_company),
    sourceCreatedAt: readTimestamp(p, 'createdate') ?? new Date(raw.createdAt).toISOString(),
    sourceUpdatedAt: readTimestamp(p, 'hs_lastmodifieddate') ?? new Date(raw.updatedAt).toISOString(),
    custom: collectCustom(p, known),
  };
}

export const dealsStream = defineHubspotStream({
  name: 'deals',
  label: 'Deals',
  model: 'deal',
  object: dealObject,
  normalize: normalizeDeal,
});

import type { Contact } from '../../canonical/index';
import type { HubspotObject, HubspotObjectSpec } from './hubspot-object';
import { defineHubspotStream } from './hubspot-stream';
import { collectCustom, readEmail, readPersonName, readText, readTimestamp } from './property-values';

export const contactObject: HubspotObjectSpec = {
  type: 'contacts',
  properties: ['email', 'firstname', 'lastname', 'phone', 'company', 'jobtitle', 'lifecyclestage', 'createdate', 'lastmodifieddate', 'hs_object_id'],
  modifiedProperty: 'lastmodifieddate',
};
const known = new Set(contactObject.properties);

/** HubSpot contact -> canonical Contact. */
export function normalizeContact(raw: HubspotObject): Contact {
  const p = raw.properties;
  return {
    email: readEmail(p.email),
    firstName: readPersonName(p.firstname),
    lastName: readPersonName(p.lastname),
    phone: readText(p.phone),
    companyName: readText(p.company),
    jobTitle: readText(p.jobtitle),
    lifecycleStage: readText(p.lifecyclestage)?.toLowerCase() ?? null,
    sourceCreatedAt: readTimestamp(p, 'createdate') ?? new Date(raw.createdAt).toISOString(),
    sourceUpdatedAt: readTimestamp(p, 'lastmodifieddate') ?? new Date(raw.updatedAt).toISOString(),
    custom: collectCustom(p, known),
  };
}

export const contactsStream = defineHubspotStream({
  name: 'contacts',
  label: 'Contacts',
  model: 'contact',
  object: contactObject,
  normalize: normalizeContact,
});

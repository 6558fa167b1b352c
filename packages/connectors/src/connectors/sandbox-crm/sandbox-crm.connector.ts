import { defineConnector } from '../../define';
import { sandboxCrmParts } from './sandbox-crm.parts';

/** HubSpot CRM v3 wire format (the local sandbox, or any portal speaking it), connected with OAuth 2. */
export const connector = defineConnector({
  ...sandboxCrmParts,
  id: 'sandbox-crm',
  label: 'Sandbox CRM (HubSpot API)',
  description: 'Contacts, companies and deals over the HubSpot CRM v3 API; writes contacts and companies back.',
  auth: {
    type: 'oauth2',
    authorizeUrl: (settings) => `${settings.baseUrl.replace(/\/+$/, '')}/oauth/authorize`,
    tokenUrl: (settings) => `${settings.baseUrl.replace(/\/+$/, '')}/oauth/v1/token`,
    scopes: ['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.companies.read', 'crm.objects.companies.write', 'crm.objects.deals.read'],
    tokenAuthMethod: 'client_secret_post',
    pkce: true,
  },
});

export default connector;

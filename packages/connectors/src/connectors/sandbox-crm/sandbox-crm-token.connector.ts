import { defineConnector } from '../../define';
import { sandboxCrmParts } from './sandbox-crm.parts';

/** The CRM connector with a private app token (`Authorization: Bearer <token>`) instead of OAuth. */
export const connector = defineConnector({
  ...sandboxCrmParts,
  id: 'sandbox-crm-token',
  label: 'Sandbox CRM (HubSpot API, private app token)',
  description: 'Contacts, companies and deals over the HubSpot CRM v3 API, authenticated with a private app token.',
  auth: { type: 'apiKey', apply: (token) => ({ authorization: `Bearer ${token}` }) },
});

export default connector;

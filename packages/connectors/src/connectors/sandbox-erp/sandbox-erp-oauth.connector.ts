import { defineConnector } from '../../define';
import { sandboxErpParts } from './sandbox-erp.parts';

/** The ERP connector authorised with OAuth 2 (client_secret_basic) instead of an API key. */
export const connector = defineConnector({
  ...sandboxErpParts,
  id: 'sandbox-erp-oauth',
  label: 'Sandbox ERP (OAuth 2)',
  description: 'Customers and invoices from a REST ERP, authorised with OAuth 2.',
  auth: {
    type: 'oauth2',
    authorizeUrl: (settings) => `${settings.baseUrl.replace(/\/+$/, '')}/oauth2/authorize`,
    tokenUrl: (settings) => `${settings.baseUrl.replace(/\/+$/, '')}/oauth2/token`,
    scopes: ['customers.read', 'customers.write', 'invoices.read', 'invoices.write'],
    tokenAuthMethod: 'client_secret_basic',
    pkce: false,
  },
});

export default connector;

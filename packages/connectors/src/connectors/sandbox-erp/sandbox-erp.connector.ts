import { defineConnector } from '../../define';
import { sandboxErpParts } from './sandbox-erp.parts';

/** QuickBooks / NetSuite-like REST ERP (the local sandbox), authenticated with an `X-API-Key`. */
export const connector = defineConnector({
  ...sandboxErpParts,
  id: 'sandbox-erp',
  label: 'Sandbox ERP',
  description: 'Customers and invoices from a REST ERP; creates customers and invoices with idempotency keys.',
  auth: { type: 'apiKey', apply: (key) => ({ 'X-API-Key': key }) },
});

export default connector;

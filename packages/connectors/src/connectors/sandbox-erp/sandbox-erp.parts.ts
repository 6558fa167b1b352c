import type { ConnectorDef } from '../../contract';
import { customersStream } from './customers.stream';
import { invoicesStream } from './invoices.stream';
import { sandboxErpDestination } from './sandbox-erp.destination';
import { sandboxErpSettingsSchema, type SandboxErpSettings } from './sandbox-erp.settings';

/** Everything the API-key and the OAuth variants of the ERP connector share. */
export const sandboxErpParts = {
  category: 'erp',
  settings: sandboxErpSettingsSchema,
  rateLimitFor: (settings) => settings.rateLimit,
  baseUrl: (settings) => settings.baseUrl,
  async check({ http }) {
    await http.request({ url: '/api/v1/customers', query: { limit: 1 } });
  },
  streams: [customersStream, invoicesStream],
  destination: sandboxErpDestination,
} satisfies Omit<ConnectorDef<SandboxErpSettings>, 'id' | 'label' | 'auth'>;

import type { ConnectorDef } from '../../contract';
import { companiesStream } from './companies.stream';
import { contactsStream } from './contacts.stream';
import { dealsStream } from './deals.stream';
import { sandboxCrmDestination } from './sandbox-crm.destination';
import { hubspotRateLimit, sandboxCrmSettingsSchema, type SandboxCrmSettings } from './sandbox-crm.settings';
import { sandboxCrmWebhook } from './sandbox-crm.webhook';

/** Everything the OAuth and the private-app-token variants of the CRM connector share. */
export const sandboxCrmParts = {
  category: 'crm',
  settings: sandboxCrmSettingsSchema,
  rateLimit: hubspotRateLimit,
  rateLimitFor: (settings) => settings.rateLimit ?? hubspotRateLimit,
  baseUrl: (settings) => settings.baseUrl,
  async check({ http }) {
    await http.request({ url: '/crm/v3/objects/contacts', query: { limit: 1 } });
  },
  streams: [contactsStream, companiesStream, dealsStream],
  destination: sandboxCrmDestination,
  webhook: sandboxCrmWebhook,
} satisfies Omit<ConnectorDef<SandboxCrmSettings>, 'id' | 'label' | 'auth'>;

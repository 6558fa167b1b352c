import type { CanonicalModelName } from './canonical/index';
import type { AnyConnectorDef, AuthSpec, ConnectorCategory } from './contract';
import { ConnectorError } from './engine/connector-error';

/** What the catalogue shows about a connector without importing its module. */
export interface ConnectorCatalogEntry {
  id: string;
  label: string;
  category: ConnectorCategory;
  /** the static auth type; settings-defined connectors may resolve another one per connection */
  authType: AuthSpec<unknown>['type'];
  /** streams the connector reads (empty for destination-only or settings-defined connectors) */
  streams: { name: string; model: CanonicalModelName }[];
  /** the streams are configured per connection in the settings (`resolveStreams`) */
  streamsFromSettings: boolean;
  /** canonical models it writes; empty when it is not a destination */
  destinationModels: CanonicalModelName[];
  /** receives inbound webhooks */
  webhook: boolean;
}

type ConnectorModule = Record<string, unknown>;
type RegistryEntry = ConnectorCatalogEntry & { load: () => Promise<ConnectorModule> };

const allModels: CanonicalModelName[] = ['contact', 'company', 'deal', 'invoice'];
const crmStreams: ConnectorCatalogEntry['streams'] = [
  { name: 'contacts', model: 'contact' },
  { name: 'companies', model: 'company' },
  { name: 'deals', model: 'deal' },
];
const erpStreams: ConnectorCatalogEntry['streams'] = [
  { name: 'customers', model: 'company' },
  { name: 'invoices', model: 'invoice' },
];
type Shape<K extends keyof ConnectorCatalogEntry> = Pick<ConnectorCatalogEntry, K>;
const crm: Shape<'category' | 'streams' | 'streamsFromSettings' | 'destinationModels' | 'webhook'> = {
  category: 'crm',
  streams: crmStreams,
  streamsFromSettings: false,
  destinationModels: ['contact', 'company'],
  webhook: true,
};
const erp: Shape<'category' | 'streams' | 'streamsFromSettings' | 'destinationModels' | 'webhook'> = {
  category: 'erp',
  streams: erpStreams,
  streamsFromSettings: false,
  destinationModels: ['company', 'invoice'],
  webhook: false,
};
const configuredSource: Shape<'authType' | 'streams' | 'streamsFromSettings' | 'destinationModels' | 'webhook'> = {
  authType: 'none',
  streams: [],
  streamsFromSettings: true,
  destinationModels: [],
  webhook: false,
};
const destinationOnly: Shape<'streams' | 'streamsFromSettings' | 'destinationModels' | 'webhook'> = {
  streams: [],
  streamsFromSettings: false,
  destinationModels: allModels,
  webhook: false,
};

/**
 * Every connector: a small static table for the catalogue beside the lazy import of its module.
 * registry.test.ts checks each row against its module.
 */
const registry: readonly RegistryEntry[] = [
  { id: 'sandbox-crm', label: 'Sandbox CRM (HubSpot API)', authType: 'oauth2', ...crm, load: () => import('./connectors/sandbox-crm/sandbox-crm.connector') },
  {
    id: 'sandbox-crm-token',
    label: 'Sandbox CRM (HubSpot API, private app token)',
    authType: 'apiKey',
    ...crm,
    load: () => import('./connectors/sandbox-crm/sandbox-crm-token.connector'),
  },
  { id: 'sandbox-erp', label: 'Sandbox ERP', authType: 'apiKey', ...erp, load: () => import('./connectors/sandbox-erp/sandbox-erp.connector') },
  { id: 'sandbox-erp-oauth', label: 'Sandbox ERP (OAuth 2)', authType: 'oauth2', ...erp, load: () => import('./connectors/sandbox-erp/sandbox-erp-oauth.connector') },
  {
    id: 'rest-declarative',
    label: 'REST API (declarative)',
    category: 'api',
    ...configuredSource,
    load: () => import('./connectors/rest-declarative/rest-declarative.connector'),
  },
  { id: 'graphql', label: 'GraphQL API', category: 'api', ...configuredSource, load: () => import('./connectors/graphql/graphql.connector') },
  {
    id: 'postgres-source',
    label: 'PostgreSQL source',
    category: 'database',
    ...configuredSource,
    load: () => import('./connectors/postgres-source/postgres-source.connector'),
  },
  { id: 'files', label: 'Files (CSV / JSON Lines)', category: 'files', ...configuredSource, load: () => import('./connectors/files/files.connector') },
  {
    id: 'webhook',
    label: 'Inbound webhook',
    category: 'webhook',
    authType: 'none',
    streams: [],
    streamsFromSettings: true,
    destinationModels: [],
    webhook: true,
    load: () => import('./connectors/webhook/webhook.connector'),
  },
  {
    id: 'postgres-warehouse',
    label: 'PostgreSQL warehouse',
    category: 'warehouse',
    authType: 'none',
    ...destinationOnly,
    load: () => import('./connectors/postgres-warehouse/postgres-warehouse.connector'),
  },
  {
    id: 'rest-destination',
    label: 'REST API destination',
    category: 'api',
    authType: 'none',
    ...destinationOnly,
    load: () => import('./connectors/rest-destination/rest-destination.connector'),
  },
  { id: 'amqp', label: 'RabbitMQ (AMQP 0-9-1)', category: 'queue', authType: 'basic', ...destinationOnly, load: () => import('./connectors/amqp/amqp.connector') },
];

/** The catalogue: every connector's metadata, without importing any connector module. */
export function listConnectors(): ConnectorCatalogEntry[] {
  return registry.map(({ load: _load, ...entry }) => ({
    ...entry,
    streams: entry.streams.map((stream) => ({ ...stream })),
    destinationModels: [...entry.destinationModels],
  }));
}

export function hasConnector(id: string): boolean {
  return registry.some((entry) => entry.id === id);
}

function isConnectorDef(value: unknown, id: string): value is AnyConnectorDef {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<AnyConnectorDef>;
  return candidate.id === id && Array.isArray(candidate.streams) && typeof candidate.settings === 'object';
}

const loaded = new Map<string, Promise<AnyConnectorDef>>();

/** Imports a connector's module on first use and returns its definition (the export whose `id` matches). */
export function loadConnector(id: string): Promise<AnyConnectorDef> {
  const entry = registry.find((candidate) => candidate.id === id);
  if (!entry) return Promise.reject(new ConnectorError('config', `unknown connector "${id}"`));
  let pending = loaded.get(id);
  if (!pending) {
    pending = entry.load().then((mod) => {
      const found = [mod.connector, mod.default, ...Object.values(mod)].find((value) => isConnectorDef(value, id));
      if (!found) throw new ConnectorError('config', `module of connector "${id}" exports no connector with that id`);
      return found as AnyConnectorDef;
    });
    pending.catch(() => loaded.delete(id));
    loaded.set(id, pending);
  }
  return pending;
}

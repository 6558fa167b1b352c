import type { CanonicalModelName } from '../canonical/index';
import type { WriteItem, WriteOutcome } from '../contract';
import { ConnectorError } from './connector-error';
import { createConnectorHttpClient, type ConnectorCallOptions } from './connector-http';
import { parseConnectorSettings } from './connector-settings';

export interface WriteRecordsOptions extends ConnectorCallOptions {
  tenantId: string;
  model: CanonicalModelName;
  items: WriteItem[];
}

/**
 * Writes a batch of canonical records to a connector's destination. Per-record rejections come back
 * as `{ ok: false }` outcomes, index-aligned with `items`; a failure of the whole call (auth, provider
 * down after retries) throws a `ConnectorError`.
 */
export async function writeRecords(options: WriteRecordsOptions): Promise<WriteOutcome[]> {
  const { connector, model, items } = options;
  const destination = connector.destination;
  if (!destination) throw new ConnectorError('config', `connector "${connector.id}" is not a destination`);
  if (!destination.models.includes(model)) {
    throw new ConnectorError('config', `connector "${connector.id}" does not accept ${model} records`);
  }
  if (items.length === 0) return [];
  const settings = parseConnectorSettings(connector, options.settings);
  const http = createConnectorHttpClient(options, settings);
  const ctx = { settings, credentials: options.credentials, http, tenantId: options.tenantId, signal: options.signal };
  const outcomes = await destination.write(ctx, model, items);
  if (outcomes.length !== items.length) {
    throw new ConnectorError('permanent', `${connector.id} returned ${outcomes.length} outcomes for ${items.length} items`);
  }
  return outcomes;
}

/** Validates credentials with the connector's cheap `check` call (settings first); resolves when they work. */
export async function checkConnection(options: ConnectorCallOptions): Promise<void> {
  const settings = parseConnectorSettings(options.connector, options.settings);
  const http = createConnectorHttpClient(options, settings);
  await options.connector.check?.({ settings, http, credentials: options.credentials });
}

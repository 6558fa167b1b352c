import type { RecordResult } from '../contract';
import { ConnectorError } from './connector-error';
import { createConnectorHttpClient, type ConnectorCallOptions } from './connector-http';
import { parseConnectorSettings, resolveStream } from './connector-settings';
import { processRecord } from './process-record';

export interface ReadRecordOptions extends ConnectorCallOptions {
  stream: string;
  externalId: string;
}

/**
 * Fetches and normalizes one record by external id (an inbound event without payload).
 * Resolves undefined when the provider no longer has it.
 */
export async function readRecord(options: ReadRecordOptions): Promise<RecordResult | undefined> {
  const { connector } = options;
  const settings = parseConnectorSettings(connector, options.settings);
  const stream = resolveStream(connector, settings, options.stream);
  if (!stream.fetchOne) throw new ConnectorError('config', `stream "${stream.name}" of ${connector.id} cannot fetch one record`);
  const http = createConnectorHttpClient(options, settings);
  let raw: unknown;
  try {
    raw = await stream.fetchOne({ settings, http, credentials: options.credentials }, options.externalId);
  } catch (error) {
    if (error instanceof ConnectorError && error.code === 'not_found') return undefined;
    throw error;
  }
  return raw === undefined ? undefined : processRecord(stream, settings, raw).result;
}

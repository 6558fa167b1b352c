import { describe, expect, it } from 'vitest';
import { hasConnector, listConnectors, loadConnector } from './registry';

const helperIds = ['rest-declarative', 'graphql', 'postgres-source', 'files', 'webhook', 'postgres-warehouse', 'rest-destination', 'amqp'];

/** Whether a failed import means the module file does not exist (yet). */
function isMissingModule(error: unknown): boolean {
  return /Cannot find module|Failed to load url|ERR_MODULE_NOT_FOUND|Does the file exist/i.test(String(error));
}

describe('connector registry', () => {
  it('lists every connector id once, without importing them', () => {
    const ids = listConnectors().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['sandbox-crm', 'sandbox-crm-token', 'sandbox-erp', 'sandbox-erp-oauth', ...helperIds]));
    expect(hasConnector('sandbox-crm')).toBe(true);
    expect(hasConnector('nope')).toBe(false);
  });

  it('rejects unknown ids with a config error', async () => {
    await expect(loadConnector('nope')).rejects.toMatchObject({ code: 'config' });
  });

  it.for(listConnectors().map((entry) => [entry.id, entry] as const))('metadata of %s matches its module', async ([id, entry], { skip }) => {
    let connector;
    try {
      connector = await loadConnector(id);
    } catch (error) {
      if (isMissingModule(error) && helperIds.includes(id)) return skip(`module of ${id} not written yet`);
      throw error;
    }
    expect({
      id: connector.id,
      label: connector.label,
      category: connector.category,
      authType: connector.auth.type,
      streams: connector.streams.map((stream) => ({ name: stream.name, model: stream.model })),
      streamsFromSettings: connector.resolveStreams !== undefined,
      destinationModels: connector.destination?.models ?? [],
      webhook: connector.webhook !== undefined,
    }).toEqual(entry);
  });

  it('hands out the same definition on every load', async () => {
    expect(await loadConnector('sandbox-erp')).toBe(await loadConnector('sandbox-erp'));
  });
});

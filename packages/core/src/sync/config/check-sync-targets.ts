import { loadConnector, resolveStreams, type AnyConnectorDef, type CanonicalModelName } from '@tributary/connectors';
import type { TenantDb } from '@tributary/db';
import type { FieldIssue } from '../../shared/index';

async function loadConnectionConnector(tx: TenantDb, connectionId: string): Promise<{ connector: AnyConnectorDef; settings: unknown; name: string } | null> {
  const row = await tx.connection.findUnique({ where: { id: connectionId }, include: { integration: true } });
  if (!row) return null;
  const connector = await loadConnector(row.integration.connectorId).catch(() => null);
  if (!connector) return null;
  const merged = { ...(row.integration.defaultSettings as Record<string, unknown>), ...(row.settings as Record<string, unknown>) };
  const parsed = connector.settings.safeParse(merged);
  return { connector, settings: parsed.success ? parsed.data : merged, name: row.name };
}

/** The source connection has the stream, the stream produces the model. Issues name the input field. */
export async function checkSource(tx: TenantDb, input: { sourceConnectionId: string; sourceStream: string; model: CanonicalModelName }): Promise<FieldIssue[]> {
  const source = await loadConnectionConnector(tx, input.sourceConnectionId);
  if (!source) return [{ field: 'sourceConnectionId', message: 'no such connection' }];
  let streams: readonly { name: string; model: CanonicalModelName }[] = [];
  try {
    streams = resolveStreams(source.connector, source.settings);
  } catch {
    streams = source.connector.streams;
  }
  const stream = streams.find((s) => s.name === input.sourceStream);
  if (!stream) {
    const names = streams.map((s) => s.name).join(', ') || 'none';
    return [{ field: 'sourceStream', message: `"${source.name}" (${source.connector.id}) has no stream "${input.sourceStream}" (streams: ${names})` }];
  }
  if (stream.model !== input.model) return [{ field: 'model', message: `the stream "${stream.name}" produces ${stream.model} records, not ${input.model}` }];
  return [];
}

/** Every destination exists and can receive the model. */
export async function checkDestinations(tx: TenantDb, destinationIds: readonly string[], model: CanonicalModelName): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (new Set(destinationIds).size !== destinationIds.length) issues.push({ field: 'destinationConnectionIds', message: 'a destination is listed twice' });
  for (const [index, id] of destinationIds.entries()) {
    const destination = await loadConnectionConnector(tx, id);
    const field = `destinationConnectionIds.${index}`;
    if (!destination) issues.push({ field, message: 'no such connection' });
    else if (!destination.connector.destination) issues.push({ field, message: `"${destination.name}" (${destination.connector.id}) is not a destination` });
    else if (!destination.connector.destination.models.includes(model)) issues.push({ field, message: `"${destination.name}" cannot receive ${model} records` });
  }
  return issues;
}

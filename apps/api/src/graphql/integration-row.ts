import { listConnectors } from '@tributary/connectors';
import type { Prisma } from '@tributary/db';
import type { IntegrationRow } from './graphql-rows';

/** The catalogue metadata of every connector, by id (static, no I/O). */
const connectorsById = new Map(listConnectors().map((entry) => [entry.id, entry]));

/** An integration row with its connector's metadata. */
export function toIntegrationRow(row: Prisma.IntegrationModel): IntegrationRow {
  return { ...row, connector: connectorsById.get(row.connectorId) ?? null };
}

import pg from 'pg';
import type { Page, StreamFetchContext } from '../../contract';
import type { RawRecord } from '../rest-declarative/mapped-records';
import { decodePosition, encodePosition, readKeyset, buildPageQuery, type Keyset } from './page-query';
import { buildConnectionString, classifyPgError } from './pg-connection';
import { cleanRow, sourceTypes } from './row-values';
import type { PostgresSourceSettings, PostgresStreamSettings } from './source-settings';

/**
 * Reads a table or query page by page in (change time, key) order on one connection.
 * Each page is its own bounded query, so memory holds one page whatever the table size;
 * the position after a page is the keyset of its last row. A short page is the last one.
 */
export async function* fetchTablePages(
  config: PostgresStreamSettings,
  ctx: StreamFetchContext<PostgresSourceSettings>,
): AsyncGenerator<Page<RawRecord>> {
  const client = new pg.Client({
    connectionString: buildConnectionString(ctx.settings.connectionString, ctx.credentials),
    application_name: 'tributary-source',
    types: sourceTypes,
  });
  // a connection lost between pages surfaces on the next query; this only keeps it from crashing the process
  client.on('error', () => undefined);
  try {
    await client.connect();
    // session settings as statements (not startup options) so poolers such as PgBouncer accept them;
    // timestamps render in UTC so their text sorts like their instants
    await client.query(`SET TIME ZONE 'UTC'; SET statement_timeout = ${Math.floor(ctx.settings.statementTimeoutMs)}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw classifyPgError(error);
  }
  try {
    let after: Keyset | undefined = decodePosition(ctx.cursor?.position);
    for (;;) {
      ctx.signal?.throwIfAborted();
      const query = buildPageQuery(config, { since: ctx.since, after, limit: ctx.pageSize });
      const rows = await runPageQuery(client, query);
      const last = rows.length < ctx.pageSize;
      const lastRow = rows.at(-1);
      if (last || !lastRow) {
        yield { records: rows, cursor: undefined };
        return;
      }
      after = readKeyset(lastRow, config);
      yield { records: rows, cursor: { position: encodePosition(after) } };
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function runPageQuery(client: pg.Client, query: { text: string; values: string[] }): Promise<RawRecord[]> {
  try {
    const result = await client.query<RawRecord>(query);
    return result.rows.map(cleanRow);
  } catch (error) {
    throw classifyPgError(error);
  }
}

import type { AnyStreamDef } from '../../contract';
import { defineStream } from '../../define';
import { describeMappedRecords, type RawRecord } from '../rest-declarative/mapped-records';
import { fetchTablePages } from './fetch-table-pages';
import type { PostgresSourceSettings, PostgresStreamSettings } from './source-settings';

/** A configured table (or query) as a stream; incremental on its change-time column. */
export function buildPostgresStream(config: PostgresStreamSettings): AnyStreamDef<PostgresSourceSettings> {
  const { updatedAtColumn } = config;
  return defineStream<PostgresSourceSettings, RawRecord>({
    name: config.name,
    pageSize: config.pageSize,
    ...describeMappedRecords({ ...config, idField: config.primaryKeyColumn, deletedField: config.deletedColumn }),
    incremental: {
      // fixed-width UTC text (or a number): the engine keeps the largest as `since`
      value: (raw) => {
        const value = raw[updatedAtColumn];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
      },
    },
    fetch: (ctx) => fetchTablePages(config, ctx),
  });
}

import type { AnyStreamDef, HttpRequest } from '../../contract';
import { defineStream } from '../../define';
import { readPath } from '../../engine/dotted-path';
import { describeMappedRecords, type RawRecord } from '../rest-declarative/mapped-records';
import { readIncrementalValue } from '../rest-declarative/rest-stream';
import type { GraphqlSettings, GraphqlStreamSettings } from './graphql-settings';

/** A stream over a GraphQL connection: the engine's `graphql` paginator walks `pageInfo.endCursor`. */
export function buildGraphqlStream(config: GraphqlStreamSettings): AnyStreamDef<GraphqlSettings> {
  const { incremental } = config;
  return defineStream<GraphqlSettings, RawRecord>({
    name: config.name,
    pageSize: config.pageSize,
    ...describeMappedRecords(config),
    request: ({ settings, pageSize, since }) => buildQueryRequest(config, settings, pageSize, since),
    paginator: { type: 'graphql', connectionPath: config.connectionPath, afterVariable: config.afterVariable },
    ...(incremental
      ? { incremental: { value: (raw: RawRecord) => readIncrementalValue(readPath(raw, incremental.field), incremental.format) } }
      : {}),
  });
}

function buildQueryRequest(config: GraphqlStreamSettings, settings: GraphqlSettings, pageSize: number, since: string | undefined): HttpRequest {
  const variables: Record<string, unknown> = { ...config.variables, [config.pageSizeVariable]: pageSize };
  if (config.incremental && since !== undefined) variables[config.incremental.variable] = since;
  return {
    method: 'POST',
    url: settings.endpoint,
    headers: { ...settings.headers },
    body: { query: config.query, variables },
  };
}

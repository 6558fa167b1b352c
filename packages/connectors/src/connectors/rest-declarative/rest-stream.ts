import type { AnyStreamDef, HttpRequest } from '../../contract';
import { defineStream } from '../../define';
import { readPath } from '../../engine/dotted-path';
import { toIsoDateTime } from './coerce-field';
import { describeMappedRecords, type RawRecord } from './mapped-records';
import type { RestSettings, RestStreamSettings } from './rest-settings';

/** A stream definition built from one configured stream: the engine does the paging, retries and limits. */
export function buildRestStream(config: RestStreamSettings): AnyStreamDef<RestSettings> {
  const { incremental } = config;
  return defineStream<RestSettings, RawRecord>({
    name: config.name,
    pageSize: config.pageSize,
    ...describeMappedRecords(config),
    request: ({ settings, pageSize, since }) => buildFirstRequest(config, settings, pageSize, since),
    paginator: config.paginator,
    itemsPath: config.itemsPath,
    ...(incremental
      ? { incremental: { value: (raw: RawRecord) => readIncrementalValue(readPath(raw, incremental.field), incremental.format) } }
      : {}),
  });
}

function buildFirstRequest(config: RestStreamSettings, settings: RestSettings, pageSize: number, since: string | undefined): HttpRequest {
  const query: Record<string, string | number | boolean> = { ...config.query };
  let body = config.body ? { ...config.body } : undefined;
  if (config.pageSizeParam) query[config.pageSizeParam] = pageSize;
  if (config.incremental && since !== undefined) {
    if (config.incremental.location === 'body') body = { ...body, [config.incremental.param]: since };
    else query[config.incremental.param] = since;
  }
  return { method: config.method, url: config.path, query, headers: { ...settings.headers }, ...(body ? { body } : {}) };
}

/**
 * A record's change time in the stream's format: ISO-8601 for `iso`, milliseconds as a decimal
 * string for `epoch_ms`. The high-water mark is sent back to the provider as it is.
 */
export function readIncrementalValue(value: unknown, format: 'iso' | 'epoch_ms'): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const iso = toIsoDateTime(value);
  if (iso === undefined) return undefined;
  return format === 'iso' ? iso : String(Date.parse(iso));
}

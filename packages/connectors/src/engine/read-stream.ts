import type { AnyStreamDef, StreamCursor, StreamPage } from '../contract';
import { createConnectorHttpClient, type ConnectorCallOptions } from './connector-http';
import { parseConnectorSettings, resolveStream } from './connector-settings';
import { fetchDeclarativePages, type SourcePage } from './declarative-pages';
import { mapInSlices } from './event-loop-slices';
import { maxIncrementalValue, processRecord } from './process-record';

export interface ReadStreamOptions extends ConnectorCallOptions {
  /** stream name */
  stream: string;
  /** the checkpoint saved with the last committed page, if any */
  cursor?: StreamCursor;
  /** read only what changed since `cursor.since` (when the stream is incremental and a `since` exists) */
  incremental?: boolean;
  /** overrides the stream's page size */
  pageSize?: number;
}

type Mode = 'full' | 'incremental';
/** a custom fetch also hands over its own cursor (extra fields it wants back on resume) */
type ReadPage = SourcePage & { cursor?: StreamCursor };

/** A custom `fetch` as source pages: its cursor's position drives resume, a page without cursor is the last. */
async function* fetchCustomPages(
  stream: AnyStreamDef,
  ctx: Parameters<NonNullable<AnyStreamDef['fetch']>>[0],
): AsyncGenerator<ReadPage> {
  for await (const page of stream.fetch!(ctx)) {
    yield { records: page.records, position: page.cursor?.position, last: page.cursor === undefined, cursor: page.cursor };
    if (page.cursor === undefined) return;
  }
  yield { records: [], position: undefined, last: true };
}

/**
 * Reads one stream page by page. Each page's records are validated and normalized (bad records
 * come back as per-record failures), and its cursor says where to resume after it. The next page
 * is fetched while the consumer handles the current one; at most two pages are in memory.
 * Incremental: the largest incremental value seen becomes `since` on the final page's cursor.
 */
export async function* readStream(options: ReadStreamOptions): AsyncGenerator<StreamPage, void, undefined> {
  const { connector, cursor } = options;
  const settings = parseConnectorSettings(connector, options.settings);
  const stream = resolveStream(connector, settings, options.stream);
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const http = createConnectorHttpClient(options, settings, signal);
  const pageSize = options.pageSize ?? stream.pageSize;
  const resuming = cursor?.position !== undefined;
  const wantIncremental = options.incremental === true && stream.incremental !== undefined && cursor?.since !== undefined;
  const mode: Mode = resuming && cursor?.mode ? cursor.mode : wantIncremental ? 'incremental' : 'full';
  const since = mode === 'incremental' ? cursor?.since : undefined;
  let pendingSince = resuming ? cursor?.pendingSince : undefined;

  const source: AsyncIterator<ReadPage> = stream.fetch
    ? fetchCustomPages(stream, { settings, credentials: options.credentials, http, cursor, pageSize, incremental: mode === 'incremental', since, signal })
    : fetchDeclarativePages({ http, stream, settings, pageSize, since, position: cursor?.position });

  let prefetch: Promise<IteratorResult<ReadPage>> | undefined = source.next();
  try {
    while (prefetch) {
      const result = await prefetch;
      prefetch = undefined;
      if (result.done) return;
      const page = result.value;
      if (!page.last) {
        prefetch = source.next();
        prefetch.catch(() => undefined);
      }
      const records = await mapInSlices(page.records, (raw) => {
        const processed = processRecord(stream, settings, raw);
        pendingSince = maxIncrementalValue(pendingSince, processed.incrementalValue);
        return processed.result;
      });
      pendingSince = maxIncrementalValue(pendingSince, page.cursor?.pendingSince);
      const keptSince = maxIncrementalValue(cursor?.since, page.cursor?.since);
      const next: StreamCursor | undefined = page.last
        ? finalCursor(maxIncrementalValue(keptSince, pendingSince))
        : { ...page.cursor, position: page.position, mode, since: keptSince, pendingSince };
      yield { records, cursor: next && dropUndefined(next), rawCount: page.records.length, done: page.last };
    }
  } finally {
    if (prefetch) {
      stop.abort(new DOMException('read stopped by its consumer', 'AbortError'));
      await prefetch.catch(() => undefined);
    }
    await source.return?.();
  }
}

function finalCursor(since: string | undefined): StreamCursor | undefined {
  return since === undefined ? undefined : { since };
}

function dropUndefined(cursor: StreamCursor): StreamCursor {
  return Object.fromEntries(Object.entries(cursor).filter(([, value]) => value !== undefined)) as StreamCursor;
}

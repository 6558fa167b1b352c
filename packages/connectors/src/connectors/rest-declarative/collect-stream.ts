import type { AnyConnectorDef, Credentials, StreamCursor, StreamPage } from '../../contract';
import { readStream } from '../../engine/read-stream';

export interface CollectStreamOptions {
  connector: AnyConnectorDef;
  settings: unknown;
  credentials?: Credentials;
  stream: string;
  cursor?: StreamCursor;
  incremental?: boolean;
  pageSize?: number;
}

/** Test support: reads a stream to the end through the engine's `readStream`, with quick retries. */
export async function collectStream(options: CollectStreamOptions): Promise<StreamPage[]> {
  const pages: StreamPage[] = [];
  for await (const page of readStream({
    ...options,
    credentials: options.credentials ?? { type: 'none' },
    retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
  })) {
    pages.push(page);
  }
  return pages;
}

/** The normalized records of some pages (failures left out), as `{ externalId, deleted, record }`. */
export function listNormalized(pages: StreamPage[]) {
  return pages.flatMap((page) => page.records.flatMap((r) => (r.ok ? [{ externalId: r.externalId, deleted: r.deleted, record: r.record }] : [])));
}

/** The per-record failures of some pages. */
export function listFailures(pages: StreamPage[]) {
  return pages.flatMap((page) => page.records.flatMap((r) => (r.ok ? [] : [{ externalId: r.externalId, raw: r.raw, error: r.error }])));
}

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { WriteItem } from '../../contract';

const rowsPerChunk = 500;

/** Escapes a value for COPY's text format. */
function escapeCopyText(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\t'));
}

/** JSON.stringify never emits raw control characters, so doubling backslashes is all COPY needs. */
function escapeCopyJson(json: string): string {
  return json.includes('\\') ? json.replace(/\\/g, '\\\\') : json;
}

function* renderChunks(items: readonly WriteItem[]): Generator<string> {
  for (let start = 0; start < items.length; start += rowsPerChunk) {
    let chunk = '';
    for (const item of items.slice(start, start + rowsPerChunk)) {
      const json = escapeCopyJson(item.recordJson ?? JSON.stringify(item.record));
      chunk += `${escapeCopyText(item.canonicalId)}\t${item.version}\t${json}\t${item.deleted ? 't' : 'f'}\n`;
    }
    yield chunk;
  }
}

/** Streams the items into `table (canonical_id, version, data, deleted)` with COPY FROM STDIN. */
export async function copyItems(client: pg.PoolClient, table: string, items: readonly WriteItem[]): Promise<void> {
  const copy = client.query(copyFrom(`COPY ${table} (canonical_id, version, data, deleted) FROM STDIN`));
  await pipeline(Readable.from(renderChunks(items)), copy);
}

import type { Page, StreamFetchContext } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import type { RawRecord } from '../rest-declarative/mapped-records';
import { readCsvRows, readJsonLines, type FileRow } from './file-rows';
import type { FileStreamSettings, FilesSettings } from './files-settings';
import { openHttpFile } from './http-files';
import { openLocalFile } from './local-files';
import { listS3Objects, type FileObject } from './s3-files';

/** Key under which an unreadable row travels as a raw record (its line, text and parse error). */
export const malformedKey = '$malformed';

/**
 * Pages of a file location. The position is the number of rows consumed (unreadable ones
 * included), so a resumed read re-parses and skips exactly that many rows; memory holds one page.
 */
export async function* fetchFilePages(
  config: FileStreamSettings,
  ctx: StreamFetchContext<FilesSettings>,
  localRoot: string | undefined,
): AsyncGenerator<Page<RawRecord>> {
  const skip = readRowsConsumed(ctx.cursor?.position);
  const several = config.location.startsWith('s3://') && config.location.endsWith('/');
  let consumed = 0;
  let records: RawRecord[] = [];
  for await (const object of listFileObjects(config.location, ctx, localRoot)) {
    const input = await object.open();
    const rows = config.format === 'csv' ? readCsvRows(input, config.csv) : readJsonLines(input);
    for await (const row of rows) {
      consumed += 1;
      if (consumed <= skip) continue;
      records.push(toRawRecord(row, several ? object.name : undefined));
      if (records.length >= ctx.pageSize) {
        yield { records, cursor: { position: String(consumed) } };
        records = [];
        ctx.signal?.throwIfAborted();
      }
    }
  }
  yield { records, cursor: undefined };
}

function listFileObjects(
  location: string,
  ctx: StreamFetchContext<FilesSettings>,
  localRoot: string | undefined,
): AsyncIterable<FileObject> | Iterable<FileObject> {
  if (location.startsWith('s3://')) return listS3Objects(location, ctx.settings.s3, ctx.credentials, ctx.signal);
  if (/^https?:\/\//i.test(location)) return [{ name: location, open: () => openHttpFile(location, ctx.settings.httpHeaders, ctx.signal) }];
  return [{ name: location, open: () => openLocalFile(location, localRoot) }];
}

function toRawRecord(row: FileRow, file: string | undefined): RawRecord {
  if (row.ok) return row.data;
  return { [malformedKey]: { ...(file ? { file } : {}), line: row.line, text: row.text, error: row.error } };
}

function readRowsConsumed(position: string | undefined): number {
  if (position === undefined) return 0;
  const rows = Number(position);
  if (!Number.isInteger(rows) || rows < 0) throw new ConnectorError('config', `unreadable files position "${position}"`);
  return rows;
}

import { z } from 'zod';
import type { AnyStreamDef } from '../../contract';
import { defineStream } from '../../define';
import { describeMappedRecords, type RawRecord } from '../rest-declarative/mapped-records';
import { fetchFilePages, malformedKey } from './fetch-file-pages';
import type { FileStreamSettings, FilesSettings } from './files-settings';

const malformedSchema = z.object({ file: z.string().optional(), line: z.number(), text: z.string(), error: z.string() });

/** A configured file location as a stream: rows mapped by header (or JSON path) to a canonical model. */
export function buildFileStream(config: FileStreamSettings, localRoot: string | undefined): AnyStreamDef<FilesSettings> {
  const mapped = describeMappedRecords(config);
  // an unreadable row fails validation with its line number; its raw text stays in the raw payload
  const raw = z.record(z.string(), z.unknown()).superRefine((record, ctx) => {
    const malformed = malformedSchema.safeParse(record[malformedKey]);
    if (malformed.success) {
      const { file, line, error } = malformed.data;
      ctx.addIssue({ code: 'custom', path: [malformedKey], message: `${file ? `${file} ` : ''}line ${line} is malformed: ${error}` });
      return;
    }
    const checked = mapped.raw.safeParse(record);
    for (const issue of checked.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
  return defineStream<FilesSettings, RawRecord>({
    name: config.name,
    pageSize: config.pageSize,
    ...mapped,
    raw,
    fetch: (ctx) => fetchFilePages(config, ctx, localRoot),
  });
}

import { parse } from 'csv-parse';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { csvOptionsSchema } from './files-settings';

/** One row of a file: its fields, or why it could not be read (line number and raw text kept). */
export type FileRow = { ok: true; line: number; data: Record<string, unknown> } | { ok: false; line: number; text: string; error: string };

type CsvOptions = z.infer<typeof csvOptionsSchema>;

const maxRawText = 4000;

interface CsvItem {
  record: Record<string, string>;
  info: { lines: number };
}

/**
 * Streams CSV rows (csv-parse, header row or configured columns). A malformed row — wrong field
 * count, broken quoting — comes out as `{ ok: false }` in file order instead of ending the stream.
 */
export async function* readCsvRows(input: Readable, options: CsvOptions): AsyncGenerator<FileRow> {
  const skipped: FileRow[] = [];
  const parser = parse({
    columns: options.columns ?? true,
    delimiter: options.delimiter,
    quote: options.quote,
    relax_quotes: options.relaxQuotes,
    bom: true,
    skip_empty_lines: true,
    info: true,
    // keeps the source text of skipped rows for `on_skip`
    raw: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const line = typeof error?.lines === 'number' ? error.lines : 0;
      skipped.push({ ok: false, line, text: (raw ?? '').replace(/\r?\n$/, '').slice(0, maxRawText), error: error?.message ?? 'unreadable row' });
      return undefined;
    },
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<CsvItem>) {
      // skipped rows are reported during parsing, before the records after them are read
      while (skipped.length > 0 && (skipped[0] as FileRow).line < item.info.lines) yield skipped.shift() as FileRow;
      yield { ok: true, line: item.info.lines, data: item.record };
    }
    yield* skipped.splice(0);
  } finally {
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
}

/** Streams JSON Lines: one object per non-blank line; a line that is not a JSON object is `{ ok: false }`. */
export async function* readJsonLines(input: Readable): AsyncGenerator<FileRow> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      yield parseJsonLine(text, line);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

function parseJsonLine(text: string, line: number): FileRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, text: text.slice(0, maxRawText), error: error instanceof Error ? error.message : 'invalid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, line, text: text.slice(0, maxRawText), error: 'expected a JSON object' };
  }
  return { ok: true, line, data: value as Record<string, unknown> };
}

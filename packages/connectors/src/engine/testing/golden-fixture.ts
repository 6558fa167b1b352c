import { readFileSync } from 'node:fs';
import type { AnyStreamDef } from '../../contract';
import { readPath } from '../dotted-path';
import { processRecord } from '../process-record';

/** What a golden `*.expected.json` holds per record: the normalized record, or the failure's code and path. */
export type GoldenRecord =
  | { externalId: string; deleted: boolean; record: unknown }
  | { externalId: string | undefined; failure: { code: string; path: (string | number)[] | undefined } };

export function readJsonFile(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

/** Runs every record of a provider page (a golden fixture) through the engine's validation and normalization. */
export function normalizeFixturePage(stream: AnyStreamDef, page: unknown, settings: unknown = {}): GoldenRecord[] {
  const items = readPath(page, stream.itemsPath);
  if (!Array.isArray(items)) throw new Error(`fixture has no array at "${stream.itemsPath ?? ''}"`);
  return items.map((raw: unknown) => {
    const { result } = processRecord(stream, settings, raw);
    return result.ok
      ? { externalId: result.externalId, deleted: result.deleted, record: result.record }
      : { externalId: result.externalId, failure: { code: result.error.code, path: result.error.path } };
  });
}

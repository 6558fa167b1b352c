import pg from 'pg';

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const DATE = 1082;

/**
 * Type parsers for source reads: timestamps come back as fixed-width UTC ISO text with
 * microseconds (`2026-01-31T12:00:00.123456Z`, the session runs in UTC) so no precision is
 * lost, text order equals time order, and the value can be sent back as a keyset parameter.
 * Dates stay `YYYY-MM-DD`; everything else uses pg's defaults (int8 / numeric as text).
 */
export const sourceTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return renderTimestamp;
    if (oid === DATE) return (text: string) => text;
    return pg.types.getTypeParser(oid, format);
  },
};

/** '2026-01-31 12:00:00.5+00' or '2026-01-31 12:00:00.5' (UTC session) -> '2026-01-31T12:00:00.500000Z'; infinity / BC unchanged. */
export function renderTimestamp(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(?:\+00(?::00)?)?$/.exec(text);
  if (!match) return text;
  return `${match[1]}T${match[2]}.${(match[3] ?? '').padEnd(6, '0')}Z`;
}

/** Makes a row JSON-safe for hashing and dead letters: binary as base64. */
export function cleanRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (Buffer.isBuffer(value)) row[key] = value.toString('base64');
  }
  return row;
}

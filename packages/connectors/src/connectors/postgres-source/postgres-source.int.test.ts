import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../engine/connector-error';
import { collectStream, listFailures, listNormalized } from '../rest-declarative/collect-stream';
import { connector } from './postgres-source.connector';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

const ids = (pages: Awaited<ReturnType<typeof collectStream>>) => pages.flatMap((p) => p.records.map((r) => r.externalId));

describe('postgres-source', () => {
  let db: ScratchDatabase;
  let client: pg.Client;

  const settings = (pageSize = 3) => ({
    connectionString: db.url,
    streams: [
      {
        name: 'people',
        model: 'contact',
        table: 'crm.people',
        updatedAtColumn: 'changed_at',
        primaryKeyColumn: 'person_id',
        deletedColumn: 'is_deleted',
        pageSize,
        fieldMap: { email: 'email', firstName: 'first_name', sourceUpdatedAt: 'changed_at' },
      },
      {
        name: 'accounts',
        model: 'company',
        query: `SELECT a.code, a.title, a.touched, count(p.*)::int AS people
                FROM crm.accounts a LEFT JOIN crm.people p ON p.account = a.code GROUP BY a.code, a.title, a.touched;`,
        updatedAtColumn: 'touched',
        primaryKeyColumn: 'code',
        pageSize: 2,
        fieldMap: { name: 'title', employeeCount: 'people' },
        customFields: 'none',
      },
    ],
  });

  beforeAll(async () => {
    db = await createScratchDatabase('h1_pgsource');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      CREATE SCHEMA crm;
      CREATE TABLE crm.people (person_id int PRIMARY KEY, email text, first_name text, account text, is_deleted boolean DEFAULT false, changed_at timestamptz);
      CREATE TABLE crm.accounts (code text PRIMARY KEY, title text, touched timestamp);
      INSERT INTO crm.accounts VALUES ('b', 'Beta', '2026-01-01 00:00:00'), ('a', 'Alpha', '2026-01-01 00:00:00'), ('c', 'Gamma', '2026-01-02 00:00:00');
    `);
    // seven rows share one microsecond-precise change time, so page boundaries fall inside the group
    const tied = '2026-01-10 12:00:00.123456+00';
    const rows = [
      [5, tied], [3, tied], [9, tied], [1, tied], [7, tied], [2, tied], [8, tied],
      [4, '2026-01-10 12:00:00.123457+00'],
      [6, '2026-01-09 00:00:00+00'],
      [10, null],
    ];
    for (const [id, at] of rows) {
      await client.query(`INSERT INTO crm.people VALUES ($1, $2, $3, 'a', $4, $5)`, [id, `p${id}@example.com`, `P${id}`, id === 2, at]);
    }
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('pages by keyset through equal change times without skipping or repeating a row', async () => {
    const pages = await collectStream({ connector, settings: settings(3), stream: 'people' });
    expect(ids(pages)).toEqual(['6', '1', '2', '3', '5', '7', '8', '9', '4']);
    expect(pages.map((p) => p.rawCount)).toEqual([3, 3, 3, 0]);
    expect(pages[0]?.cursor).toMatchObject({ position: '["2026-01-10T12:00:00.123456Z","2"]', mode: 'full' });
    expect(pages.at(-1)?.cursor).toEqual({ since: '2026-01-10T12:00:00.123457Z' });
    const normalized = listNormalized(pages);
    expect(normalized.find((r) => r.externalId === '2')).toMatchObject({
      deleted: true,
      record: { email: 'p2@example.com', firstName: 'P2', sourceUpdatedAt: '2026-01-10T12:00:00.123Z', custom: { account: 'a' } },
    });
    expect(listFailures(pages)).toEqual([]);
  });

  it('resumes after the saved keyset, inside a group of equal change times', async () => {
    const resumed = await collectStream({
      connector,
      settings: settings(2),
      stream: 'people',
      cursor: { position: '["2026-01-10T12:00:00.123456Z","3"]', mode: 'full' },
    });
    expect(ids(resumed)).toEqual(['5', '7', '8', '9', '4']);
  });

  it('reads only rows changed after the high-water mark on an incremental read', async () => {
    const first = await collectStream({ connector, settings: settings(4), stream: 'people', incremental: true });
    const since = first.at(-1)?.cursor?.since;
    expect(since).toBe('2026-01-10T12:00:00.123457Z');
    await client.query(`UPDATE crm.people SET first_name = 'Changed', changed_at = '2026-01-11 08:00:00+00' WHERE person_id IN (3, 10)`);
    await client.query(`INSERT INTO crm.people VALUES (11, 'p11@example.com', 'P11', 'b', false, '2026-01-11 08:00:00+00')`);
    const next = await collectStream({ connector, settings: settings(4), stream: 'people', incremental: true, cursor: { since } });
    expect(ids(next)).toEqual(['3', '10', '11']);
    expect(next.at(-1)?.cursor).toEqual({ since: '2026-01-11T08:00:00.000000Z' });
    const nothing = await collectStream({ connector, settings: settings(4), stream: 'people', incremental: true, cursor: next.at(-1)?.cursor });
    expect(ids(nothing)).toEqual([]);
    expect(nothing.at(-1)?.cursor).toEqual({ since: '2026-01-11T08:00:00.000000Z' });
  });

  it('reads a SELECT query with text keys and timestamp-without-zone change times', async () => {
    const pages = await collectStream({ connector, settings: settings(), stream: 'accounts' });
    expect(listNormalized(pages).map((r) => [r.externalId, r.record])).toEqual([
      // person 11 joined account b in the previous test
      ['a', expect.objectContaining({ name: 'Alpha', employeeCount: 10, custom: {} })],
      ['b', expect.objectContaining({ name: 'Beta', employeeCount: 1 })],
      ['c', expect.objectContaining({ name: 'Gamma', employeeCount: 0 })],
    ]);
  });

  it('reports a missing table as a config error and bad credentials as needs_reauth', async () => {
    const missing = settings();
    missing.streams[0] = { ...missing.streams[0], table: 'crm.nope' } as (typeof missing.streams)[0];
    await expect(collectStream({ connector, settings: missing, stream: 'people' })).rejects.toMatchObject({ code: 'config' });
    // basic credentials replace the user of the connection string; the server refuses an unknown role
    const read = collectStream({
      connector,
      settings: settings(),
      credentials: { type: 'basic', username: 'tributary_h1_nobody', password: 'wrong' },
      stream: 'people',
    });
    await expect(read).rejects.toBeInstanceOf(ConnectorError);
    await expect(read).rejects.toMatchObject({ code: 'needs_reauth', retryable: false });
  });
});

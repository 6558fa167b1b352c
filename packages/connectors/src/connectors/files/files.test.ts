import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAuth } from '../../engine/connector-settings';
import { readStream } from '../../engine/read-stream';
import { collectStream, listFailures, listNormalized } from '../rest-declarative/collect-stream';
import { createFilesConnector } from './files.connector';
import { startS3TestServer, type S3TestServer } from './s3-test-server';

const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
const connector = createFilesConnector({ localRoot: fixturesDir });
const contactMap = {
  email: 'email',
  firstName: 'first_name',
  lastName: 'last_name',
  companyName: 'company',
  jobTitle: 'title',
  lifecycleStage: 'stage',
  sourceCreatedAt: 'created',
  sourceUpdatedAt: 'updated',
};
const contactsStream = (location: string, pageSize = 3) => ({ name: 'contacts', model: 'contact', location, pageSize, idField: 'id', fieldMap: contactMap });
const companiesStream = {
  name: 'companies',
  model: 'company',
  location: 'companies.jsonl',
  pageSize: 2,
  idField: 'key',
  fieldMap: { name: 'name', domain: 'web', employeeCount: 'size', city: 'address.city', country: 'address.country' },
};
const externalIds = (pages: Awaited<ReturnType<typeof collectStream>>) => pages.flatMap((p) => p.records.map((r) => r.externalId ?? null));

describe('files source', () => {
  it('streams a CSV by header and normalizes it like the golden fixture', async () => {
    const pages = await collectStream({ connector, settings: { streams: [contactsStream('contacts.csv')] }, stream: 'contacts' });
    expect(pages.map((p) => [p.rawCount, p.cursor?.position ?? null, p.done])).toEqual([
      [3, '3', false],
      [3, '6', false],
      [2, null, true],
    ]);
    const golden = JSON.parse(await readFile(new URL('./fixtures/contacts.normalized.json', import.meta.url), 'utf8')) as unknown;
    expect(listNormalized(pages)).toEqual(golden);
  });

  it('turns malformed CSV rows into per-record failures with line number and raw text', async () => {
    const failures = listFailures(await collectStream({ connector, settings: { streams: [contactsStream('contacts.csv')] }, stream: 'contacts' }));
    expect(failures.map((f) => [f.externalId ?? null, f.error.code, f.error.message])).toEqual([
      [null, 'validation', expect.stringContaining('line 5 is malformed: Invalid Record Length: columns length is 10, got 5 on line 5')],
      ['5', 'mapping', expect.stringContaining('email')],
      [null, 'validation', expect.stringContaining('line 8 is malformed: Invalid Record Length')],
      [null, 'validation', expect.stringContaining('missing record id at "id"')],
    ]);
    expect(failures[0]?.raw).toEqual({ $malformed: { line: 5, text: '3,cy@example.net,Cy,Park,Initech', error: expect.any(String) } });
    expect(failures[2]?.raw).toMatchObject({ $malformed: { line: 8, text: '6,fi@example.com,Fi,"Qu"x,Stark,,lead,,,extra,field' } });
  });

  it('resumes after the rows a saved position says were consumed', async () => {
    const pages = await collectStream({ connector, settings: { streams: [contactsStream('contacts.csv')] }, stream: 'contacts', cursor: { position: '4', mode: 'full' } });
    expect(externalIds(pages)).toEqual(['5', null, null, '8']);
    expect(pages[0]?.cursor).toEqual({ position: '7', mode: 'full' });
  });

  it('streams JSON Lines; a broken or non-object line fails alone with its line number', async () => {
    const pages = await collectStream({ connector, settings: { streams: [companiesStream] }, stream: 'companies' });
    expect(listNormalized(pages).map((r) => [r.externalId, r.record])).toEqual([
      ['co-1', expect.objectContaining({ name: 'Acme', domain: 'acme.example', employeeCount: 120, city: 'Paris', country: 'FR', custom: {} })],
      ['co-2', expect.objectContaining({ name: 'Globex', domain: null, employeeCount: 35, custom: { tags: '["b2b"]' } })],
      ['co-5', expect.objectContaining({ name: 'Initech', employeeCount: null })],
    ]);
    expect(listFailures(pages).map((f) => [f.externalId ?? null, f.error.code, f.error.message.replace(/: [^:]*$/, '')])).toEqual([
      [null, 'validation', expect.stringContaining('line 4 is malformed')],
      [null, 'validation', expect.stringContaining('line 5 is malformed')],
      ['co-4', 'mapping', expect.stringContaining('name')],
    ]);
    expect(listFailures(pages)[1]?.raw).toEqual({ $malformed: { line: 5, text: '[1,2,3]', error: 'expected a JSON object' } });
  });

  it('refuses local paths outside the files root', async () => {
    const read = collectStream({ connector, settings: { streams: [contactsStream('../../rest-declarative/fixtures/../../files/fixtures/../secret.csv')] }, stream: 'contacts' });
    await expect(read).rejects.toMatchObject({ code: 'config', message: expect.stringContaining('outside the files root') });
    const disabled = createFilesConnector({ localRoot: undefined });
    await expect(collectStream({ connector: disabled, settings: { streams: [contactsStream('contacts.csv')] }, stream: 'contacts' })).rejects.toMatchObject({ code: 'config' });
  });

  describe('over http', () => {
    let server: Server;
    let base = '';
    let bigSent = 0;
    let bigClosed: Promise<void> = Promise.resolve();
    const bigRows = 2_000_000;

    beforeAll(async () => {
      const csv = await readFile(new URL('./fixtures/contacts.csv', import.meta.url));
      server = createServer((req, res) => {
        if (req.url === '/exports/contacts.csv') {
          res.writeHead(200, { 'content-type': 'text/csv' });
          return res.end(csv);
        }
        if (req.url === '/exports/big.csv') {
          // an endless-looking export written with backpressure: a bounded reader stops it early
          res.writeHead(200, { 'content-type': 'text/csv' });
          bigSent = 0;
          bigClosed = new Promise((resolve) => res.on('close', () => resolve()));
          let row = 0;
          const pump = () => {
            while (row < bigRows) {
              const line = `${row === 0 ? 'id,email\n' : ''}${row},person${row}@example.com\n`;
              row += 1;
              bigSent += line.length;
              if (!res.write(line)) return void res.once('drain', pump);
            }
            res.end();
          };
          return pump();
        }
        res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('reads a CSV from a URL', async () => {
      const pages = await collectStream({ connector, settings: { streams: [contactsStream(`${base}/exports/contacts.csv`)] }, stream: 'contacts' });
      expect(externalIds(pages)).toEqual(['1', '2', null, '4', '5', null, null, '8']);
    });

    it('maps a missing URL to not_found', async () => {
      const read = collectStream({ connector, settings: { streams: [contactsStream(`${base}/exports/gone.csv`)] }, stream: 'contacts' });
      await expect(read).rejects.toMatchObject({ code: 'not_found' });
    });

    it('holds a bounded window of a large file: stopping after one page stops the download', async () => {
      const settings = { streams: [{ name: 'big', model: 'contact', location: `${base}/exports/big.csv`, pageSize: 100, idField: 'id', fieldMap: { email: 'email' } }] };
      const pages = readStream({ connector, settings, credentials: { type: 'none' }, stream: 'big' });
      for await (const page of pages) {
        expect(page.records).toHaveLength(100);
        break;
      }
      await bigClosed;
      const total = bigRows * 30;
      expect(bigSent).toBeLessThan(total / 20);
    });
  });

  describe('over S3', () => {
    let s3: S3TestServer;
    const objects = {
      'exports/2026/a-companies.jsonl': '{"key":"co-1","name":"Acme"}\n{"key":"co-2","name":"Globex"}\n',
      'exports/2026/b-companies.jsonl': '{"key":"co-3","name":"Initech"}\nnot json\n',
      'exports/other.csv': 'id\n1\n',
    };
    const settings = (location: string) => ({
      s3: { endpoint: s3.endpoint, region: 'eu-west-1', forcePathStyle: true },
      streams: [{ ...companiesStream, location, format: 'jsonl' }],
    });
    const credentials = { type: 'basic' as const, username: 'AKIDTEST', password: 'test-secret' };

    beforeAll(async () => {
      s3 = await startS3TestServer('tenant-bucket', objects, 'AKIDTEST');
    });
    afterAll(() => s3.close());

    it('reads one object by key with signed requests', async () => {
      s3.requests.length = 0;
      const pages = await collectStream({ connector, settings: settings('s3://tenant-bucket/exports/2026/a-companies.jsonl'), credentials, stream: 'companies' });
      expect(externalIds(pages)).toEqual(['co-1', 'co-2']);
      expect(s3.requests).toEqual(['GET /tenant-bucket/exports/2026/a-companies.jsonl?x-id=GetObject']);
      expect(resolveAuth(connector, connector.settings.parse(settings('s3://tenant-bucket/x.jsonl')))).toEqual({ type: 'basic' });
    });

    it('reads every object under a prefix in key order, following list continuation', async () => {
      const pages = await collectStream({ connector, settings: settings('s3://tenant-bucket/exports/2026/'), credentials, stream: 'companies' });
      expect(externalIds(pages)).toEqual(['co-1', 'co-2', 'co-3', null]);
      expect(listFailures(pages)[0]?.raw).toMatchObject({ $malformed: { file: 'exports/2026/b-companies.jsonl', line: 2, text: 'not json' } });
      const resumed = await collectStream({ connector, settings: settings('s3://tenant-bucket/exports/2026/'), credentials, stream: 'companies', cursor: { position: '2', mode: 'full' } });
      expect(externalIds(resumed)).toEqual(['co-3', null]);
    });

    it('classifies a missing key and refused credentials', async () => {
      const missing = collectStream({ connector, settings: settings('s3://tenant-bucket/exports/none.jsonl'), credentials, stream: 'companies' });
      await expect(missing).rejects.toMatchObject({ code: 'not_found' });
      const refused = collectStream({ connector, settings: settings('s3://tenant-bucket/exports/other.csv'), credentials: { ...credentials, username: 'AKIDWRONG' }, stream: 'companies' });
      await expect(refused).rejects.toMatchObject({ code: 'needs_reauth' });
    });
  });
});

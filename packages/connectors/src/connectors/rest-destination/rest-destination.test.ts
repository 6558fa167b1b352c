import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../canonical/index';
import type { Credentials, WriteItem } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { writeRecords } from '../../engine/write-records';
import { connector } from './rest-destination.connector';

interface Received {
  method: string;
  path: string;
  key: string | undefined;
  body: unknown;
}

function buildItem(n: number, overrides: Partial<Contact> = {}, deleted = false): WriteItem {
  const record: Contact = {
    email: `p${n}@example.com`,
    firstName: `P${n}`,
    lastName: null,
    phone: null,
    companyName: 'Acme',
    jobTitle: null,
    lifecycleStage: null,
    sourceCreatedAt: null,
    sourceUpdatedAt: null,
    custom: {},
    ...overrides,
  };
  return { canonicalId: `c/${n}`, version: 2, idempotencyKey: `idem-${n}`, record, ...(deleted ? { deleted } : {}) };
}

describe('rest-destination', () => {
  let server: Server;
  let baseUrl = '';
  const received: Received[] = [];
  const seenKeys = new Set<string>();
  let flaky = 0;
  const credentials: Credentials = { type: 'basic', username: 'hub', password: 'pw' };

  function respond(req: IncomingMessage, res: ServerResponse, text: string) {
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (req.headers.authorization !== `Basic ${Buffer.from('hub:pw').toString('base64')}`) return send(401, { message: 'who are you' });
    const key = req.headers['idempotency-key'] as string | undefined;
    const body = text ? (JSON.parse(text) as { properties?: { email?: string; firstname?: string } }) : undefined;
    received.push({ method: req.method ?? '', path: req.url ?? '', key, body });
    if (req.method === 'DELETE') return req.url?.endsWith('gone') ? send(404, { message: 'no such contact' }) : send(204);
    if (body?.properties?.email === 'reject@example.com') return send(422, { error: { message: 'email is blacklisted' }, field: 'properties.email' });
    if (body?.properties?.firstname === 'Conflict') return send(409, { message: 'a newer version exists' });
    if (body?.properties?.firstname === 'Flaky' && flaky++ < 2) return send(flaky === 1 ? 503 : 429, { message: 'busy' }, { 'retry-after': '0' });
    if (body?.properties?.firstname === 'Down') return send(503, { message: 'maintenance' });
    if (key && seenKeys.has(key)) return send(200, { id: `dest-${key}` }, { 'idempotent-replayed': 'true' });
    if (key) seenKeys.add(key);
    send(201, { id: `dest-${key}` });
  }

  const settings = () => ({
    baseUrl: `${baseUrl}/api`,
    auth: { type: 'basic' },
    concurrency: 3,
    models: {
      contact: {
        method: 'PUT',
        path: '/contacts/{canonicalId}',
        idPath: 'id',
        bodyMap: { 'properties.email': 'email', 'properties.firstname': 'firstName', externalRef: '$canonicalId', version: '$version' },
        delete: { path: '/contacts/{canonicalId}' },
      },
    },
  });

  const write = (items: WriteItem[], creds: Credentials = credentials) =>
    writeRecords({
      connector,
      settings: settings(),
      credentials: creds,
      tenantId: 't1',
      model: 'contact',
      items,
      retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
    });

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => respond(req, res, text));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends each record with its path, mapped body and idempotency key; a replay is not written again', async () => {
    received.length = 0;
    const outcomes = await write([buildItem(1), buildItem(2)]);
    expect(outcomes).toEqual([
      { ok: true, externalId: 'dest-idem-1', written: true },
      { ok: true, externalId: 'dest-idem-2', written: true },
    ]);
    expect(received.find((r) => r.key === 'idem-1')).toEqual({
      method: 'PUT',
      path: '/api/contacts/c%2F1',
      key: 'idem-1',
      body: { properties: { email: 'p1@example.com', firstname: 'P1' }, externalRef: 'c/1', version: 2 },
    });
    expect(await write([buildItem(1)])).toEqual([{ ok: true, externalId: 'dest-idem-1', written: false }]);
  });

  it('turns 4xx answers into per-record failures and keeps writing the others', async () => {
    const outcomes = await write([buildItem(3, { email: 'reject@example.com' }), buildItem(4, { firstName: 'Conflict' }), buildItem(5)]);
    expect(outcomes).toEqual([
      { ok: false, error: { code: 'destination_rejected', message: 'destination answered 422: email is blacklisted', path: ['properties', 'email'] } },
      { ok: false, error: { code: 'destination_conflict', message: 'destination answered 409: a newer version exists' } },
      { ok: true, externalId: 'dest-idem-5', written: true },
    ]);
  });

  it('retries 5xx and 429 through the engine client', async () => {
    flaky = 0;
    expect(await write([buildItem(6, { firstName: 'Flaky' })])).toEqual([{ ok: true, externalId: 'dest-idem-6', written: true }]);
    expect(flaky).toBe(3);
  });

  it('fails the batch when the destination stays down or refuses the credentials', async () => {
    const down = write([buildItem(7), buildItem(8, { firstName: 'Down' })]);
    await expect(down).rejects.toBeInstanceOf(ConnectorError);
    await expect(down).rejects.toMatchObject({ code: 'provider_unavailable', retryable: true });
    const refused = write([buildItem(9)], { type: 'basic', username: 'hub', password: 'nope' });
    await expect(refused).rejects.toMatchObject({ code: 'needs_reauth' });
  });

  it('sends deletions to the delete route; an already missing record counts as done', async () => {
    received.length = 0;
    const gone = { ...buildItem(0, {}, true), canonicalId: 'gone' };
    const outcomes = await write([buildItem(10, {}, true), gone]);
    expect(outcomes).toEqual([
      { ok: true, externalId: 'c/10', written: true },
      { ok: true, externalId: 'gone', written: false },
    ]);
    expect(received.map((r) => [r.method, r.path, r.key, r.body])).toEqual(
      expect.arrayContaining([
        ['DELETE', '/api/contacts/c%2F10', 'idem-10', undefined],
        ['DELETE', '/api/contacts/gone', 'idem-0', undefined],
      ]),
    );
  });

  it('refuses unknown path placeholders in the settings', () => {
    const bad = { ...settings(), models: { contact: { path: '/contacts/{id}' } } };
    expect(connector.settings.safeParse(bad).success).toBe(false);
  });
});

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { approveSandboxConsent, startSandboxCrm, type SandboxServer } from '@tributary/sandbox';
import type { Contact } from '../../canonical/index';
import type { StreamCursor, StreamPage, WriteItem } from '../../contract';
import type { HttpEvent } from '../../engine/http-client';
import { buildAuthorizeUrl, createPkcePair, exchangeAuthorizationCode, refreshAccessToken } from '../../engine/oauth2';
import { readStream, type ReadStreamOptions } from '../../engine/read-stream';
import { writeRecords } from '../../engine/write-records';
import { connector as oauthConnector } from './sandbox-crm.connector';
import { connector as tokenConnector } from './sandbox-crm-token.connector';
import { toHubspotEvents, verifyHubspotSignature } from './sandbox-crm.webhook';

const token = 'pat-sandbox-crm';
let sandbox: SandboxServer | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

function readOptions(server: SandboxServer, extra: Partial<ReadStreamOptions> = {}): ReadStreamOptions {
  return {
    connector: tokenConnector,
    stream: 'contacts',
    settings: { baseUrl: server.url, rateLimit: { requests: 100_000, perMs: 1000 } },
    credentials: { type: 'apiKey', apiKey: token },
    retry: { maxAttempts: 10, baseDelayMs: 2, maxDelayMs: 20 },
    ...extra,
  };
}

async function readAll(options: ReadStreamOptions): Promise<{ pages: StreamPage[]; ids: string[] }> {
  const pages: StreamPage[] = [];
  const ids: string[] = [];
  for await (const page of readStream(options)) {
    for (const record of page.records) ids.push(record.ok ? record.externalId : `failed:${record.externalId}`);
    pages.push({ ...page, records: [] });
  }
  return { pages, ids };
}

describe('sandbox-crm against the sandbox CRM', () => {
  it('reads 100,000 contacts through 429s, 5xx and resets: every record exactly once, every 429 counted', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 100_000, companies: 0, deals: 0 }, maxPageSize: 1000 });
    sandbox.setFaults({ rate429: 0.1, retryAfterSeconds: 0, rate5xx: 0.05, resetRate: 0.01 });
    const events: HttpEvent[] = [];
    const { pages, ids } = await readAll(readOptions(sandbox, { pageSize: 1000, onHttpEvent: (e) => events.push(e) }));
    expect(ids).toHaveLength(100_000);
    expect(new Set(ids).size).toBe(100_000);
    expect(ids.some((id) => id.startsWith('failed:'))).toBe(false);
    expect(pages.at(-1)?.done).toBe(true);
    const stats = sandbox.stats();
    const served429 = stats.byStatus['429'] ?? 0;
    const served5xx = (stats.byStatus['502'] ?? 0) + (stats.byStatus['503'] ?? 0);
    expect(served429).toBeGreaterThan(0);
    expect(served5xx).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'rate_limited')).toHaveLength(served429);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(served429 + served5xx + (stats.byStatus.reset ?? 0));
  }, 60_000);

  it('returns malformed records as per-record failures with the raw payload and the path', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 3000, companies: 0, deals: 0 }, malformedRate: 0.02, maxPageSize: 500 });
    const server = sandbox;
    const failures: { id: string | undefined; path: unknown; raw: unknown }[] = [];
    let okCount = 0;
    for await (const page of readStream(readOptions(server, { pageSize: 500 }))) {
      for (const r of page.records) {
        if (r.ok) okCount += 1;
        else failures.push({ id: r.externalId, path: r.error.path, raw: r.raw });
      }
    }
    expect(okCount + failures.length).toBe(3000);
    expect(failures.length).toBeGreaterThan(0);
    const malformedIds = Array.from({ length: 3000 }, (_, i) => String(i + 1)).filter((id) => server.isMalformed('contacts', id));
    expect(failures.map((f) => f.id).sort()).toEqual([...malformedIds].sort());
    for (const failure of failures) {
      expect(failure.raw).toMatchObject({ id: failure.id });
      expect([['properties', 'email'], ['email']]).toContainEqual(failure.path);
    }
  });

  it('reads incrementally through the search API: only mutated records, and `since` advances', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 800, companies: 0, deals: 0 } });
    const full = await readAll(readOptions(sandbox));
    expect(new Set(full.ids).size).toBe(800);
    const since = full.pages.at(-1)?.cursor?.since;
    expect(since).toBeDefined();
    const changed = await sandbox.mutate('contacts', 130);
    const incremental = await readAll(readOptions(sandbox, { cursor: full.pages.at(-1)?.cursor, incremental: true }));
    expect([...incremental.ids].sort()).toEqual([...changed].sort());
    const next = incremental.pages.at(-1)?.cursor as StreamCursor;
    expect(Date.parse(next.since ?? '')).toBeGreaterThan(Date.parse(since ?? ''));
    const again = await readAll(readOptions(sandbox, { cursor: next, incremental: true }));
    expect(again.ids).toEqual([]);
  });

  it('resumes a read from a saved cursor without loss or repetition', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 0, companies: 950, deals: 0 } });
    const first: string[] = [];
    let saved: StreamCursor | undefined;
    for await (const page of readStream(readOptions(sandbox, { stream: 'companies' }))) {
      for (const r of page.records) first.push(r.ok ? r.externalId : `failed:${r.externalId}`);
      saved = page.cursor;
      if (first.length >= 400) break;
    }
    const rest = await readAll(readOptions(sandbox, { stream: 'companies', cursor: saved }));
    const all = [...first, ...rest.ids];
    expect(all).toHaveLength(950);
    expect(new Set(all).size).toBe(950);
  });

  it('fails fast as needs_reauth with a wrong token', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 100, companies: 0, deals: 0 } });
    await expect(readAll(readOptions(sandbox, { credentials: { type: 'apiKey', apiKey: 'pat-wrong' } }))).rejects.toMatchObject({
      code: 'needs_reauth',
      retryable: false,
      status: 401,
    });
    expect(sandbox.stats().requests).toBe(1);
  });

  it('connects with OAuth 2 + PKCE, reads with the access token, refreshes it, and needs reauth after revocation', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 50, companies: 0, deals: 0 } });
    const settings = { baseUrl: sandbox.url };
    const client = { clientId: 'sandbox-crm-client', clientSecret: 'sandbox-crm-secret' };
    const pkce = createPkcePair();
    const redirectUri = 'http://127.0.0.1:9/callback';
    const authorizeUrl = buildAuthorizeUrl(oauthConnector.auth, settings, { clientId: client.clientId, redirectUri, state: 's1', codeChallenge: pkce.challenge });
    const callback = await approveSandboxConsent(authorizeUrl);
    expect(callback.searchParams.get('state')).toBe('s1');
    const tokens = await exchangeAuthorizationCode(oauthConnector.auth, settings, { ...client, code: callback.searchParams.get('code') ?? '', redirectUri, codeVerifier: pkce.verifier });
    const read = (credentials: typeof tokens) => readAll({ ...readOptions(sandbox!), connector: oauthConnector, settings, credentials });
    expect((await read(tokens)).ids).toHaveLength(50);
    const refreshed = await refreshAccessToken(oauthConnector.auth, settings, { ...client, refreshToken: tokens.refreshToken ?? '' });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect((await read(refreshed)).ids).toHaveLength(50);
    sandbox.revokeAllTokens();
    await expect(read(refreshed)).rejects.toMatchObject({ code: 'needs_reauth' });
    await expect(refreshAccessToken(oauthConnector.auth, settings, { ...client, refreshToken: refreshed.refreshToken ?? '' })).rejects.toMatchObject({ code: 'needs_reauth' });
  });

  it('upserts contacts by email; a refused input fails alone; a rerun changes nothing', async () => {
    sandbox = await startSandboxCrm({ counts: { contacts: 10, companies: 0, deals: 0 } });
    const contact = (n: number, email: string): WriteItem => {
      const record: Contact = { email, firstName: `Writer${n}`, lastName: 'Test', phone: null, companyName: 'Acme', jobTitle: null, lifecycleStage: 'lead', sourceCreatedAt: null, sourceUpdatedAt: null, custom: {} };
      return { canonicalId: `c${n}`, version: 1, idempotencyKey: `k${n}`, record };
    };
    const items = [contact(1, 'writer1@acme.example.com'), contact(2, 'broken@@example'), contact(3, 'writer3@acme.example.com')];
    const write = () => writeRecords({ connector: tokenConnector, settings: { baseUrl: sandbox!.url }, credentials: { type: 'apiKey', apiKey: token }, tenantId: 't1', model: 'contact', items });
    const outcomes = await write();
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ error: { code: 'destination_rejected', path: ['properties', 'email'] } });
    expect(sandbox.stats().writes).toBe(2);
    const rerun = await write();
    expect(rerun.map((o) => (o.ok ? o.externalId : null))).toEqual(outcomes.map((o) => (o.ok ? o.externalId : null)));
    expect(sandbox.stats().writes).toBe(2);
  });

  it('verifies the signed webhooks the sandbox sends and turns them into events', async () => {
    const received: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body, url: req.url ?? '/' });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/crm?c=1`;
    try {
      sandbox = await startSandboxCrm({ counts: { contacts: 20, companies: 0, deals: 0 }, webhookTargetUrl: target });
      const changed = await sandbox.mutate('contacts', 3);
      for (let i = 0; i < 300 && received.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(received.length).toBeGreaterThan(0);
      const delivery = received[0]!;
      const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      const request = { method: 'POST', url: target, headers, rawBody: delivery.body };
      expect(verifyHubspotSignature(request, 'sandbox-crm-secret')).toBe(true);
      expect(verifyHubspotSignature({ ...request, rawBody: `${delivery.body} ` }, 'sandbox-crm-secret')).toBe(false);
      const events = toHubspotEvents(JSON.parse(delivery.body) as unknown);
      expect(new Set(events.map((e) => e.externalId))).toEqual(new Set(changed));
      expect(events.every((e) => e.stream === 'contacts' && e.kind === 'upsert')).toBe(true);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});

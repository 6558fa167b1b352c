import { z } from 'zod';
import type { Contact } from '../../canonical/index';
import { defineConnector, defineStream } from '../../define';
import { MappingError } from '../connector-error';
import { sendJson, startTestProvider, type TestProvider } from './test-provider';

/** A provider record of the test API. */
export interface Item {
  id: string;
  email: unknown;
  name: string;
  updatedAt: string;
}

export interface ItemProvider extends TestProvider {
  items: Item[];
  /** gives `count` items (from `from`) a later updatedAt */
  touch(from: number, count: number): string[];
}

const base = Date.parse('2026-01-01T00:00:00.000Z');

export function makeItems(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    email: `Person.${i + 1}@Example.com `,
    name: `Person ${i + 1}`,
    updatedAt: new Date(base + i * 1000).toISOString(),
  }));
}

/**
 * A small real API: `GET /items?limit&after` (cursor paging in id order) and
 * `POST /items/search {since, limit, after}` (changed after `since`, oldest first).
 */
export async function startItemProvider(count: number): Promise<ItemProvider> {
  const items = makeItems(count);
  let clock = base + count * 1000;
  const server = await startTestProvider((req, res) => {
    if (req.headers['x-api-key'] !== 'key-1') return sendJson(res, 401, { message: 'Authentication credentials not found' });
    if (req.method === 'GET' && req.url.pathname === '/items') {
      const limit = Number(req.url.searchParams.get('limit') ?? 10);
      const start = Number(req.url.searchParams.get('after') ?? 0);
      const page = items.slice(start, start + limit);
      const next = start + limit < items.length ? { next: { after: String(start + limit) } } : undefined;
      return sendJson(res, 200, { results: page, paging: next });
    }
    if (req.method === 'POST' && req.url.pathname === '/items/search') {
      const body = req.json as { since: string; limit: number; after?: string };
      const changed = items.filter((item) => item.updatedAt > body.since).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      const start = Number(body.after ?? 0);
      const next = start + body.limit < changed.length ? { next: { after: String(start + body.limit) } } : undefined;
      return sendJson(res, 200, { total: changed.length, results: changed.slice(start, start + body.limit), paging: next });
    }
    sendJson(res, 404, { message: 'no route' });
  });
  return {
    ...server,
    items,
    touch(from, n) {
      return items.slice(from, from + n).map((item) => {
        clock += 1000;
        item.updatedAt = new Date(clock).toISOString();
        return item.id;
      });
    },
  };
}

const itemSchema = z.object({ id: z.string(), email: z.string(), name: z.string(), updatedAt: z.iso.datetime() });

export const itemsStream = defineStream({
  name: 'items',
  model: 'contact',
  pageSize: 10,
  request: ({ pageSize }) => ({ url: '/items', query: { limit: pageSize } }),
  paginator: { type: 'cursor', param: 'after', nextPath: 'paging.next.after' },
  itemsPath: 'results',
  incremental: {
    value: (raw) => raw.updatedAt,
    request: ({ pageSize, since }) => ({ method: 'POST', url: '/items/search', body: { since, limit: pageSize } }),
    paginator: { type: 'cursor', param: 'after', nextPath: 'paging.next.after', location: 'body' },
    itemsPath: 'results',
  },
  raw: itemSchema,
  externalId: (raw) => raw.id,
  normalize: (raw): Contact => {
    if (raw.name === 'explode') throw new MappingError('cannot split name', ['properties', 'name']);
    const [firstName = null, lastName = null] = raw.name.split(' ');
    return {
      email: raw.email.trim().toLowerCase(),
      firstName,
      lastName,
      phone: null,
      companyName: null,
      jobTitle: null,
      lifecycleStage: null,
      sourceCreatedAt: null,
      sourceUpdatedAt: raw.updatedAt,
      custom: {},
    };
  },
});

export const itemConnector = defineConnector({
  id: 'items-test',
  label: 'Items (test)',
  category: 'api',
  auth: { type: 'apiKey', apply: (key) => ({ 'x-api-key': key }) },
  settings: z.object({ baseUrl: z.url() }),
  baseUrl: (settings) => settings.baseUrl,
  streams: [itemsStream],
});

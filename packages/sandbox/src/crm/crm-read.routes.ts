import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { readPageByIndex, readPageByUpdate } from '../core/record-pages';
import { type FaultState } from '../core/fault-state';
import { parseCrmId, type CrmCatalog, type CrmObjectState } from './crm-catalog';
import { sendCrmError, sendCrmValidationError } from './crm-errors';
import { planSearch } from './crm-search';
import { selectProperties, serializeCrmRecord } from './crm-serialize';

export interface CrmRouteContext {
  catalog: CrmCatalog;
  faults: FaultState;
  maxPageSize: number;
}

const propertyListSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? undefined : [value].flat().flatMap((part) => part.split(','))));

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).default(10),
  after: z.string().regex(/^\d+$/, 'after must be a paging cursor returned by a previous page').optional(),
  properties: propertyListSchema,
  archived: z.enum(['true', 'false']).default('false'),
});

const getQuerySchema = z.object({ properties: propertyListSchema, archived: z.enum(['true', 'false']).default('false') });

/** Resolves `:type`, answering 400 itself when the object type is unknown. */
export function resolveObjectType(catalog: CrmCatalog, req: Request<{ type: string }>, res: express.Response): CrmObjectState | undefined {
  const state = catalog.find(req.params.type);
  if (!state) sendCrmValidationError(res, `Unable to infer object type from: ${req.params.type}`);
  return state;
}

/** List, read one, and search: HubSpot CRM v3 object endpoints. */
export function createCrmReadRouter(context: CrmRouteContext): Router {
  const { catalog, faults, maxPageSize } = context;
  const router = express.Router();

  router.get('/crm/v3/objects/:type', (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const query = listQuerySchema.safeParse(req.query);
    if (!query.success) return void sendCrmValidationError(res, `Invalid query: ${query.error.issues[0]?.message}`);
    const { limit, after, properties, archived } = query.data;
    if (limit > maxPageSize) return void sendCrmValidationError(res, `limit must be less than or equal to ${maxPageSize}`);
    const selected = selectProperties(state, properties);
    const start = after === undefined ? 0 : Number(after) - 1;
    const page = readPageByIndex(state.store, start, limit, archived === 'true' ? 'only' : 'exclude');
    const current = faults.current();
    const results = page.records.map((record) => serializeCrmRecord(catalog, state, record, selected, current));
    if (page.nextIndex === null) return void res.json({ results });
    const nextAfter = String(page.nextIndex + 1);
    const link = new URL(`${req.protocol}://${req.get('host')}${req.path}`);
    link.searchParams.set('limit', String(limit));
    link.searchParams.set('after', nextAfter);
    if (properties) link.searchParams.set('properties', selected.join(','));
    if (archived === 'true') link.searchParams.set('archived', 'true');
    res.json({ results, paging: { next: { after: nextAfter, link: link.toString() } } });
  });

  router.get('/crm/v3/objects/:type/:id', (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const query = getQuerySchema.safeParse(req.query);
    if (!query.success) return void sendCrmValidationError(res, `Invalid query: ${query.error.issues[0]?.message}`);
    const index = parseCrmId(req.params.id);
    const record = index === undefined ? undefined : state.store.get(index);
    if (!record || record.archived !== (query.data.archived === 'true')) {
      return void sendCrmError(res, 404, 'OBJECT_NOT_FOUND', 'resource not found');
    }
    res.json(serializeCrmRecord(catalog, state, record, selectProperties(state, query.data.properties), faults.current()));
  });

  router.post('/crm/v3/objects/:type/search', express.json({ limit: '1mb' }), (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const planned = planSearch(req.body);
    if (!planned.ok) {
      const context = { propertyName: planned.propertyName ? [planned.propertyName] : [] };
      return void sendCrmValidationError(res, planned.message, [{ message: planned.message, code: 'INVALID_SEARCH', context }]);
    }
    const { range, properties, limit, offset } = planned.plan;
    const page = readPageByUpdate(state.store, range, offset, limit, 'exclude');
    const selected = selectProperties(state, properties);
    const current = faults.current();
    const results = page.records.map((record) => serializeCrmRecord(catalog, state, record, selected, current));
    const next = offset + results.length;
    res.json(next < page.total && results.length > 0 ? { total: page.total, results, paging: { next: { after: String(next) } } } : { total: page.total, results });
  });

  return router;
}

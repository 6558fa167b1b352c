import express, { type Router } from 'express';
import { type FaultState } from '../core/fault-state';
import { readPageByOffset, readPageByUpdate } from '../core/record-pages';
import { type ErpCatalog } from './erp-catalog';
import { sendErpError } from './erp-errors';
import { describeIssue, listQuerySchema } from './erp.schemas';

export interface ErpRouteContext {
  catalog: ErpCatalog;
  faults: FaultState;
  maxPageSize: number;
}

/** Offset-paged listing (by id, or by (updated_at, id) with updated_since) and single reads. */
export function createErpReadRouter(context: ErpRouteContext): Router {
  const { catalog, faults, maxPageSize } = context;
  const router = express.Router();

  router.get('/api/v1/:object', (req, res) => {
    const state = catalog.find(req.params.object);
    if (!state) return sendErpError(res, 404, 'not_found', `Unknown resource ${req.params.object}`);
    const query = listQuerySchema.safeParse(req.query);
    if (!query.success) {
      const { message, field } = describeIssue(query.error);
      return sendErpError(res, 400, 'validation_error', message, field);
    }
    const { offset, updated_since: updatedSince } = query.data;
    const limit = query.data.limit ?? Math.min(100, maxPageSize);
    if (limit > maxPageSize) return sendErpError(res, 400, 'validation_error', `limit must be at most ${maxPageSize}`, 'limit');
    const filter = query.data.include_deleted === 'true' ? 'include' : 'exclude';
    const page =
      updatedSince === undefined
        ? readPageByOffset(state.store, offset, limit, filter)
        : readPageByUpdate(state.store, { fromMs: Date.parse(updatedSince), toMs: Number.POSITIVE_INFINITY }, offset, limit, filter);
    const current = faults.current();
    res.json({
      data: page.records.map((record) => catalog.serialize(state, record, current)),
      pagination: { offset, limit, total: page.total, has_more: offset + page.records.length < page.total },
    });
  });

  router.get('/api/v1/:object/:id', (req, res) => {
    const state = catalog.find(req.params.object);
    if (!state) return sendErpError(res, 404, 'not_found', `Unknown resource ${req.params.object}`);
    const index = catalog.parseId(state, req.params.id);
    const record = index === undefined ? undefined : state.store.get(index);
    if (!record) return sendErpError(res, 404, 'not_found', `${req.params.id} does not exist`);
    res.json(catalog.serialize(state, record, faults.current()));
  });

  return router;
}

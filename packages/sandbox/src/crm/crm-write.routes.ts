import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import { type FaultState } from '../core/fault-state';
import { parseCrmId, type CrmCatalog, type CrmObjectState } from './crm-catalog';
import { applyCrmWrite, type CrmChangeContext } from './crm-changes';
import { sendCrmError, sendCrmValidationError, type CrmValidationIssue } from './crm-errors';
import { type CrmProperties } from './crm-object.types';
import { resolveObjectType } from './crm-read.routes';
import { serializeCrmRecord } from './crm-serialize';
import { checkWrittenProperties, propertiesInputSchema } from './crm-validate';

export interface CrmWriteRouteContext extends CrmChangeContext {
  catalog: CrmCatalog;
  faults: FaultState;
  maxBatchSize: number;
}

const writeBodySchema = z.object({ properties: propertiesInputSchema, associations: z.array(z.unknown()).optional() });
const upsertBodySchema = z.object({
  inputs: z.array(z.object({ idProperty: z.string().optional(), id: z.string().min(1), properties: propertiesInputSchema })).min(1),
});

type UpsertTarget = { ok: true; index: number | undefined; properties: CrmProperties } | { ok: false; issue: CrmValidationIssue };

function sendBodyError(res: Response, error: z.ZodError): void {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  sendCrmValidationError(res, `Invalid input JSON: ${path} ${issue?.message ?? ''}`.trim(), [
    { message: issue?.message ?? 'invalid', code: 'INVALID_INPUT', context: { propertyName: [path] } },
  ]);
}

/** Finds the record an upsert input addresses (by hs_object_id or the unique property). */
function resolveUpsertTarget(catalog: CrmCatalog, state: CrmObjectState, input: z.infer<typeof upsertBodySchema>['inputs'][number], properties: CrmProperties): UpsertTarget {
  const idProperty = input.idProperty ?? 'hs_object_id';
  const issue = (message: string): UpsertTarget => ({ ok: false, issue: { message, code: 'INVALID_ID_PROPERTY', context: { propertyName: [idProperty] } } });
  if (idProperty === 'hs_object_id') {
    const index = parseCrmId(input.id);
    const record = index === undefined ? undefined : state.store.get(index);
    if (!record || record.archived) return issue(`Object ${input.id} does not exist; upsert by hs_object_id cannot create`);
    return { ok: true, index, properties };
  }
  if (idProperty !== state.spec.uniqueProperty) return issue(`${idProperty} is not a unique property of ${state.spec.type}`);
  const withId = { ...properties, [idProperty]: properties[idProperty] ?? input.id };
  return { ok: true, index: catalog.findByUnique(state, input.id), properties: withId };
}

/** Create, update and batch upsert of CRM objects; every write lands in the overlay. */
export function createCrmWriteRouter(context: CrmWriteRouteContext): Router {
  const { catalog, faults, maxBatchSize } = context;
  const router = express.Router();
  router.use(express.json({ limit: '20mb' }));
  const serializeFull = (state: CrmObjectState, record: Parameters<typeof serializeCrmRecord>[2]) =>
    serializeCrmRecord(catalog, state, record, state.spec.properties, faults.current());

  router.post('/crm/v3/objects/:type', (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const body = writeBodySchema.safeParse(req.body);
    if (!body.success) return sendBodyError(res, body.error);
    const checked = checkWrittenProperties(state.spec, body.data.properties);
    if (!checked.ok) return sendCrmValidationError(res, 'Property values were not valid', checked.errors);
    const unique = state.spec.uniqueProperty;
    const clash = unique && checked.properties[unique] ? catalog.findByUnique(state, checked.properties[unique]) : undefined;
    if (clash !== undefined) return sendCrmError(res, 409, 'CONFLICT', `Object already exists. Existing ID: ${clash + 1}`);
    const { record, events } = applyCrmWrite(context, state, undefined, checked.properties, true);
    context.webhooks.send(events);
    res.status(201).json(serializeFull(state, record));
  });

  router.patch('/crm/v3/objects/:type/:id', (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const index = parseCrmId(req.params.id);
    const current = index === undefined ? undefined : state.store.get(index);
    if (index === undefined || !current || current.archived) return sendCrmError(res, 404, 'OBJECT_NOT_FOUND', 'resource not found');
    const body = writeBodySchema.safeParse(req.body);
    if (!body.success) return sendBodyError(res, body.error);
    const checked = checkWrittenProperties(state.spec, body.data.properties);
    if (!checked.ok) return sendCrmValidationError(res, 'Property values were not valid', checked.errors);
    const { record, events } = applyCrmWrite(context, state, index, checked.properties, true);
    context.webhooks.send(events);
    res.json(serializeFull(state, record));
  });

  router.post('/crm/v3/objects/:type/batch/upsert', (req, res) => {
    const state = resolveObjectType(catalog, req, res);
    if (!state) return;
    const body = upsertBodySchema.safeParse(req.body);
    if (!body.success) return sendBodyError(res, body.error);
    const { inputs } = body.data;
    if (inputs.length > maxBatchSize) return sendCrmValidationError(res, `Batch size ${inputs.length} exceeds the limit of ${maxBatchSize}`);
    const seen = new Set<string>();
    const targets: { index: number | undefined; properties: CrmProperties }[] = [];
    const errors: CrmValidationIssue[] = [];
    for (const input of inputs) {
      const key = `${input.idProperty ?? 'hs_object_id'}:${input.id.trim().toLowerCase()}`;
      if (seen.has(key)) errors.push({ message: `Duplicate IDs found in batch input: [${input.id}]`, code: 'DUPLICATE_ID', context: { propertyName: [input.idProperty ?? 'hs_object_id'] } });
      seen.add(key);
      const checked = checkWrittenProperties(state.spec, input.properties);
      if (!checked.ok) {
        errors.push(...checked.errors);
        continue;
      }
      const target = resolveUpsertTarget(catalog, state, input, checked.properties);
      if (target.ok) targets.push(target);
      else errors.push(target.issue);
    }
    if (errors.length > 0) return sendCrmValidationError(res, 'Batch input was not valid', errors);
    const startedAt = new Date().toISOString();
    const outcomes = targets.map(({ index, properties }) => applyCrmWrite(context, state, index, properties, true));
    context.webhooks.send(outcomes.flatMap((outcome) => outcome.events));
    const results = outcomes.map((outcome) => ({ ...serializeFull(state, outcome.record), new: outcome.created }));
    res.json({ status: 'COMPLETE', results, startedAt, completedAt: new Date().toISOString() });
  });

  return router;
}

import { z } from 'zod';
import type { DestinationContext, DestinationDef, HttpClient, WriteItem, WriteOutcome } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import type { HubspotObjectType } from './hubspot-object';
import { toUpsertInput, writableObjects, type UpsertInput } from './hubspot-properties';
import type { SandboxCrmSettings } from './sandbox-crm.settings';

/** HubSpot's batch endpoints take at most 100 inputs. */
const batchSize = 100;

type ValidInput = Extract<UpsertInput, { ok: true }>;
interface Pending {
  slot: number;
  input: ValidInput;
}

const upsertResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.unknown()) })),
});

const validationBodySchema = z.object({
  message: z.string().optional(),
  errors: z.array(z.object({ message: z.string(), context: z.object({ propertyName: z.array(z.string()).optional() }).optional() })).optional(),
});

function matchKey(idProperty: string, id: unknown): string {
  return `${idProperty}:${String(id).trim().toLowerCase()}`;
}

function rejectionOf(error: ConnectorError): WriteOutcome {
  const body = validationBodySchema.safeParse(error.body);
  const issues = body.success ? (body.data.errors ?? []) : [];
  const property = issues[0]?.context?.propertyName?.[0];
  const message = issues.map((issue) => issue.message).join('; ') || (body.success ? body.data.message : undefined) || error.message;
  return { ok: false, error: { code: 'destination_rejected', message, ...(property ? { path: ['properties', property] } : {}) } };
}

/**
 * Upserts a chunk. HubSpot refuses a whole batch when one input is invalid, so a 400 splits the
 * chunk in halves until the bad inputs stand alone; they become per-record failures.
 */
async function upsertChunk(http: HttpClient, type: HubspotObjectType, chunk: Pending[], outcomes: WriteOutcome[]): Promise<void> {
  const inputs = chunk.map(({ input }) => ({ idProperty: input.idProperty, id: input.id, properties: input.properties }));
  let body: unknown;
  try {
    body = (await http.request({ method: 'POST', url: `/crm/v3/objects/${type}/batch/upsert`, body: { inputs } })).body;
  } catch (error) {
    if (!(error instanceof ConnectorError) || error.code !== 'bad_request') throw error;
    if (chunk.length === 1) {
      outcomes[chunk[0]!.slot] = rejectionOf(error);
      return;
    }
    const middle = Math.ceil(chunk.length / 2);
    await upsertChunk(http, type, chunk.slice(0, middle), outcomes);
    await upsertChunk(http, type, chunk.slice(middle), outcomes);
    return;
  }
  const parsed = upsertResponseSchema.safeParse(body);
  if (!parsed.success) throw new ConnectorError('permanent', `unexpected batch upsert response from the CRM`);
  const byKey = new Map(chunk.map((pending) => [matchKey(pending.input.idProperty, pending.input.id), pending.slot]));
  for (const result of parsed.data.results) {
    const idProperty = chunk[0]!.input.idProperty;
    const slot = byKey.get(matchKey(idProperty, result.properties[idProperty]));
    if (slot !== undefined) outcomes[slot] = { ok: true, externalId: result.id, written: true };
  }
}

/** Writes canonical contacts and companies with batch upserts keyed on email / domain. */
async function writeToCrm(ctx: DestinationContext<SandboxCrmSettings>, model: Parameters<DestinationDef['write']>[1], items: WriteItem[]) {
  const object = writableObjects[model];
  if (!object) throw new ConnectorError('config', `the CRM destination does not write ${model} records`);
  const outcomes: WriteOutcome[] = new Array<WriteOutcome>(items.length);
  const pending: Pending[] = [];
  items.forEach((item, slot) => {
    if (item.deleted) {
      const error = { code: 'destination_rejected' as const, message: 'deletes are not propagated to the CRM' };
      outcomes[slot] = { ok: false, error };
      return;
    }
    const input = toUpsertInput(model, item);
    if (input.ok) pending.push({ slot, input });
    else outcomes[slot] = { ok: false, error: { code: 'destination_rejected', message: input.message, path: input.path } };
  });
  for (let start = 0; start < pending.length; start += batchSize) {
    await upsertChunk(ctx.http, object.type, pending.slice(start, start + batchSize), outcomes);
  }
  return Array.from(outcomes, (outcome): WriteOutcome =>
    outcome ?? { ok: false, error: { code: 'destination_rejected', message: 'the CRM returned no result for this record' } },
  );
}

export const sandboxCrmDestination: DestinationDef<SandboxCrmSettings> = {
  models: ['contact', 'company'],
  write: writeToCrm,
};

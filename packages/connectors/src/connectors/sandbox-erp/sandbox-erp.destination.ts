import { z } from 'zod';
import type { CanonicalModelName } from '../../canonical/index';
import type { DestinationContext, DestinationDef, HttpClient, WriteItem, WriteOutcome } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { erpWritables, type ErpWritable } from './erp-write-bodies';
import type { SandboxErpSettings } from './sandbox-erp.settings';

const createdSchema = z.union([z.object({ id: z.string().min(1) }), z.object({ data: z.object({ id: z.string().min(1) }) })]);
const erpErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

/** A provider error the record itself caused, or undefined when the whole call failed (auth, outage). */
function toRecordFailure(error: unknown): WriteOutcome | undefined {
  if (!(error instanceof ConnectorError) || error.code !== 'bad_request') return undefined;
  const parsed = erpErrorSchema.safeParse(error.body);
  const detail = parsed.success ? parsed.data.error : undefined;
  if (error.status === 422 && detail?.code === 'idempotency_key_reused') {
    return { ok: false, error: { code: 'destination_conflict', message: detail.message } };
  }
  const message = detail?.message ?? error.message;
  const path = detail?.field ? detail.field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : undefined;
  return { ok: false, error: { code: 'destination_rejected', message, ...(path ? { path } : {}) } };
}

/** Creates one record under its idempotency key; a replay of that key comes back `written: false`. */
async function createRecord(http: HttpClient, writable: ErpWritable, item: WriteItem): Promise<WriteOutcome> {
  if (item.deleted) return { ok: false, error: { code: 'destination_rejected', message: 'deletes are not propagated to the ERP' } };
  try {
    const response = await http.request({
      method: 'POST',
      url: writable.path,
      headers: { 'Idempotency-Key': item.idempotencyKey },
      body: writable.toBody(item.record),
    });
    const created = createdSchema.safeParse(response.body);
    if (!created.success) throw new ConnectorError('permanent', `unexpected create response from the ERP (${writable.path})`);
    const externalId = 'id' in created.data ? created.data.id : created.data.data.id;
    const replayed = response.headers.get('idempotent-replayed') === 'true';
    return { ok: true, externalId, written: !replayed };
  } catch (error) {
    const failure = toRecordFailure(error);
    if (failure) return failure;
    throw error;
  }
}

/** Writes items through the ERP's one-record create endpoints, `concurrency` calls at a time, outcomes in item order. */
async function writeToErp(ctx: DestinationContext<SandboxErpSettings>, model: CanonicalModelName, items: WriteItem[]): Promise<WriteOutcome[]> {
  const writable = erpWritables[model];
  if (!writable) throw new ConnectorError('config', `the ERP destination does not write ${model} records`);
  const outcomes = new Array<WriteOutcome>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const slot = next++;
      outcomes[slot] = await createRecord(ctx.http, writable, items[slot]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.settings.writeConcurrency, items.length) }, worker));
  return outcomes;
}

export const sandboxErpDestination: DestinationDef<SandboxErpSettings> = {
  models: ['company', 'invoice'],
  write: writeToErp,
};

import type { CanonicalModelName } from '../../canonical/index';
import type { DestinationContext, RecordError, WriteItem, WriteOutcome } from '../../contract';
import { ConnectorError } from '../../engine/connector-error';
import { readPath } from '../../engine/dotted-path';
import { readProviderMessage } from '../../engine/http-response';
import { readId } from '../rest-declarative/read-id';
import { buildItemRequest } from './build-request';
import type { ModelRoute, RestDestinationSettings } from './destination-settings';

/** Statuses that say something about the whole connection, not one record: they fail the batch. */
const batchStatuses = new Set([401, 403, 407, 408, 429]);

/**
 * Sends one request per item, `concurrency` at a time, through the engine's HTTP client (which
 * retries 5xx / 429 and honours Retry-After). A 409 becomes `destination_conflict`, other 4xx
 * `destination_rejected` with the destination's message; anything else fails the whole batch,
 * which is safe to retry because every request carries its idempotency key.
 */
export async function writeItems(
  ctx: DestinationContext<RestDestinationSettings>,
  model: CanonicalModelName,
  route: ModelRoute,
  items: readonly WriteItem[],
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array<WriteOutcome>(items.length);
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const index = next;
      next += 1;
      try {
        outcomes[index] = await writeItem(ctx, model, route, items[index] as WriteItem);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.settings.concurrency, items.length) }, worker));
  if (failure !== undefined) throw failure;
  return outcomes;
}

async function writeItem(
  ctx: DestinationContext<RestDestinationSettings>,
  model: CanonicalModelName,
  route: ModelRoute,
  item: WriteItem,
): Promise<WriteOutcome> {
  const { settings } = ctx;
  const deleting = item.deleted === true;
  if (deleting && !route.delete) return { ok: true, externalId: item.canonicalId, written: false };
  const target = deleting && route.delete ? route.delete : route;
  const headers = { ...settings.headers, [settings.idempotencyHeader]: item.idempotencyKey };
  try {
    const response = await ctx.http.request(buildItemRequest(target, model, item, headers));
    const externalId = (route.idPath ? readId(response.body, route.idPath) : undefined) ?? item.canonicalId;
    const replayed = response.headers.get(settings.replayedHeader)?.toLowerCase() === 'true';
    return { ok: true, externalId, written: !replayed };
  } catch (error) {
    if (!(error instanceof ConnectorError) || error.status === undefined) throw error;
    const { status } = error;
    if (deleting && (status === 404 || status === 410)) return { ok: true, externalId: item.canonicalId, written: false };
    if (status === 409) return { ok: false, error: describeRejection('destination_conflict', error) };
    if (status >= 400 && status < 500 && !batchStatuses.has(status)) return { ok: false, error: describeRejection('destination_rejected', error) };
    throw error;
  }
}

function describeRejection(code: RecordError['code'], error: ConnectorError): RecordError {
  const said = readProviderMessage(error.body);
  const field = [readPath(error.body, 'field'), readPath(error.body, 'param'), readPath(error.body, 'errors.0.field')].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return {
    code,
    message: `destination answered ${error.status}${said ? `: ${said}` : ''}`,
    ...(field ? { path: field.split('.') } : {}),
  };
}

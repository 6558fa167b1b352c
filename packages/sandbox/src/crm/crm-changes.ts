import { type StoredRecord } from '../core/record-store';
import { type StatsCounter } from '../core/request-stats';
import { SandboxError } from '../core/sandbox-error';
import { formatCrmId, type CrmCatalog, type CrmObjectState } from './crm-catalog';
import { derivedProperties, type CrmProperties } from './crm-object.types';
import { isSameProperties } from './crm-validate';
import { type WebhookChange, type WebhookSender } from './webhook-sender';

export interface CrmChangeContext {
  catalog: CrmCatalog;
  webhooks: WebhookSender;
  stats: StatsCounter;
}

export interface CrmWriteResult {
  record: StoredRecord<CrmProperties>;
  created: boolean;
  changed: boolean;
  /** Webhook changes this write caused; the caller sends them (batched per operation). */
  events: WebhookChange[];
}

const derived = new Set<string>(derivedProperties);

function buildBlankProperties(state: CrmObjectState): CrmProperties {
  return Object.fromEntries(state.spec.properties.filter((name) => !derived.has(name)).map((name) => [name, null]));
}

/**
 * Applies one write (update when `index` is given, else create), lists the webhook
 * changes it caused and counts client writes. Writing identical values is a no-op unless forced.
 */
export function applyCrmWrite(
  context: CrmChangeContext,
  state: CrmObjectState,
  index: number | undefined,
  changes: CrmProperties,
  clientWritten: boolean,
  force = false,
): CrmWriteResult {
  const current = index === undefined ? undefined : state.store.get(index);
  if (current && !force && isSameProperties(current.data, changes)) return { record: current, created: false, changed: false, events: [] };
  const base = current?.data ?? buildBlankProperties(state);
  const record = context.catalog.save(state, index, { ...base, ...changes }, clientWritten);
  const object = state.spec.singular;
  const objectId = record.index + 1;
  const events: WebhookChange[] = current
    ? Object.entries(changes)
        .filter(([name, value]) => (current.data[name] ?? null) !== value)
        .map(([propertyName, propertyValue]) => ({ object, kind: 'propertyChange', objectId, propertyName, propertyValue }))
    : [{ object, kind: 'creation', objectId }];
  if (clientWritten) context.stats.countWrites(1);
  return { record, created: current === undefined, changed: true, events };
}

function requireState(context: CrmChangeContext, object: string, count: number): CrmObjectState {
  const state = context.catalog.find(object);
  if (!state) throw new SandboxError('unknown_object', `unknown CRM object "${object}" (contacts, companies, deals)`);
  if (!Number.isInteger(count) || count < 0) throw new SandboxError('invalid_count', 'count must be a non-negative integer');
  return state;
}

/** Changes `count` live records as if someone edited them in the CRM; returns their ids. */
export function mutateCrmRecords(context: CrmChangeContext, object: string, count: number): string[] {
  const state = requireState(context, object, count);
  const events: WebhookChange[] = [];
  const ids = state.store.pickLive(count).map((index) => {
    const current = state.store.get(index) as StoredRecord<CrmProperties>;
    const changes = state.spec.buildMutation(current.data, index, current.version + 1);
    events.push(...applyCrmWrite(context, state, index, changes, false, true).events);
    return formatCrmId(index);
  });
  context.webhooks.send(events);
  return ids;
}

/** Archives `count` live records as if someone deleted them in the CRM; returns their ids. */
export function removeCrmRecords(context: CrmChangeContext, object: string, count: number): string[] {
  const state = requireState(context, object, count);
  const indices = state.store.pickLive(count);
  for (const index of indices) state.store.archive(index);
  context.webhooks.send(indices.map((index) => ({ object: state.spec.singular, kind: 'deletion', objectId: index + 1 })));
  return indices.map(formatCrmId);
}

import type { CanonicalModelName } from '../../canonical/index';
import type { HttpRequest, WriteItem } from '../../contract';
import { readPath } from '../../engine/dotted-path';

interface Route {
  method: NonNullable<HttpRequest['method']>;
  path: string;
  bodyMap?: Record<string, string>;
}

/** The request writing (or deleting) one item: path placeholders filled, body mapped, idempotency key set. */
export function buildItemRequest(
  route: Route,
  model: CanonicalModelName,
  item: WriteItem,
  headers: Record<string, string>,
): HttpRequest {
  const request: HttpRequest = { method: route.method, url: fillPath(route.path, model, item), headers };
  if (route.method === 'DELETE' && !route.bodyMap) return request;
  return { ...request, body: route.bodyMap ? mapBody(route.bodyMap, model, item) : item.record };
}

/** Fills `{canonicalId}`, `{version}`, `{model}` and `{record.<path>}`, URL-encoding each value. */
export function fillPath(template: string, model: CanonicalModelName, item: WriteItem): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(renderValue(readSource(name, model, item))));
}

function mapBody(bodyMap: Record<string, string>, model: CanonicalModelName, item: WriteItem): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [target, source] of Object.entries(bodyMap)) {
    const value = readSource(source.startsWith('$') ? source.slice(1) : `record.${source}`, model, item);
    if (value !== undefined) assignPath(body, target, value);
  }
  return body;
}

function readSource(name: string, model: CanonicalModelName, item: WriteItem): unknown {
  if (name === 'canonicalId') return item.canonicalId;
  if (name === 'version') return item.version;
  if (name === 'model') return model;
  if (name.startsWith('record.')) return readPath(item.record, name.slice('record.'.length));
  return undefined;
}

function renderValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function assignPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let node = target;
  for (const step of steps.slice(0, -1)) {
    const next = node[step];
    node = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : (node[step] = {});
  }
  node[steps.at(-1) ?? path] = value;
}

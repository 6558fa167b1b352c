import type { AnyStreamDef, HttpClient, HttpRequest, Paginator } from '../contract';
import { ConnectorError } from './connector-error';
import { applyPosition, readItems, readNextPosition } from './paginators';

/** A page as a source produced it, before validation: the position to resume after it, and whether it is the last. */
export interface SourcePage {
  records: unknown[];
  position: string | undefined;
  last: boolean;
}

export interface DeclarativeReadPlan {
  http: HttpClient;
  stream: AnyStreamDef;
  settings: unknown;
  pageSize: number;
  /** incremental lower bound; undefined for a full read */
  since: string | undefined;
  /** resume after this position; undefined = from the start */
  position: string | undefined;
}

function planFirstRequest(plan: DeclarativeReadPlan): { request: HttpRequest; paginator: Paginator; itemsPath?: string } {
  const { stream, settings, pageSize, since } = plan;
  const incremental = stream.incremental;
  if (since !== undefined && incremental?.request) {
    return {
      request: incremental.request({ settings, pageSize, since }),
      paginator: incremental.paginator ?? stream.paginator ?? { type: 'none' },
      itemsPath: incremental.itemsPath ?? stream.itemsPath,
    };
  }
  if (!stream.request) throw new ConnectorError('config', `stream "${stream.name}" declares neither request nor fetch`);
  return { request: stream.request({ settings, pageSize, since }), paginator: stream.paginator ?? { type: 'none' }, itemsPath: stream.itemsPath };
}

/** Pages of a declarative stream: request, paginator and items path; one HTTP call per page. */
export async function* fetchDeclarativePages(plan: DeclarativeReadPlan): AsyncGenerator<SourcePage> {
  const { request, paginator, itemsPath } = planFirstRequest(plan);
  let position = plan.position;
  for (;;) {
    const response = await plan.http.request(applyPosition(request, paginator, position, plan.pageSize));
    const records = readItems(response, paginator, itemsPath);
    const next = readNextPosition(response, paginator, records, position, plan.pageSize);
    yield { records, position: next, last: next === undefined };
    if (next === undefined) return;
    position = next;
  }
}

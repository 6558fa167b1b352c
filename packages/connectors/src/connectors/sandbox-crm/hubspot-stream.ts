import type { CanonicalModelName, CanonicalRecordOf } from '../../canonical/index';
import type { AnyStreamDef } from '../../contract';
import { defineStream } from '../../define';
import {
  buildGetRequest,
  buildListRequest,
  buildSearchRequest,
  hubspotObjectSchema,
  type HubspotObject,
  type HubspotObjectSpec,
} from './hubspot-object';
import type { SandboxCrmSettings } from './sandbox-crm.settings';

export interface HubspotStreamOptions<M extends CanonicalModelName> {
  name: string;
  label: string;
  model: M;
  object: HubspotObjectSpec;
  normalize: (raw: HubspotObject) => CanonicalRecordOf<M>;
}

/**
 * A HubSpot CRM v3 object stream: full reads page the list endpoint; incremental reads use the
 * search endpoint filtered on the last-modified property (`GT since`, oldest first).
 */
export function defineHubspotStream<M extends CanonicalModelName>(options: HubspotStreamOptions<M>): AnyStreamDef<SandboxCrmSettings> {
  const { object } = options;
  return defineStream<SandboxCrmSettings, HubspotObject, M>({
    name: options.name,
    label: options.label,
    model: options.model,
    pageSize: 100,
    request: ({ pageSize }) => buildListRequest(object, pageSize),
    paginator: { type: 'cursor', param: 'after', nextPath: 'paging.next.after' },
    itemsPath: 'results',
    incremental: {
      value: (raw) => raw.updatedAt,
      request: ({ pageSize, since }) => buildSearchRequest(object, pageSize, since),
      paginator: { type: 'cursor', param: 'after', nextPath: 'paging.next.after', location: 'body' },
      itemsPath: 'results',
    },
    raw: hubspotObjectSchema,
    externalId: (raw) => raw.id,
    isDeleted: (raw) => raw.archived === true,
    normalize: (raw) => options.normalize(raw),
    fetchOne: async ({ http }, externalId) => (await http.request(buildGetRequest(object, externalId))).body,
  });
}

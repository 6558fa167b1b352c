import { z } from 'zod';
import type { HttpRequest } from '../../contract';

/** A CRM object as HubSpot's v3 API returns it: all properties are strings or null. */
export const hubspotObjectSchema = z.object({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  archived: z.boolean().optional(),
});
export type HubspotObject = z.infer<typeof hubspotObjectSchema>;

export type HubspotObjectType = 'contacts' | 'companies' | 'deals';

export interface HubspotObjectSpec {
  type: HubspotObjectType;
  /** properties requested on reads */
  properties: readonly string[];
  /** the last-modified property searches filter and sort on */
  modifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
}

/** Search limits pages to 200 records. */
const maxSearchLimit = 200;

/** Full read: the list endpoint, paged by `after`. */
export function buildListRequest(spec: HubspotObjectSpec, pageSize: number): HttpRequest {
  return {
    url: `/crm/v3/objects/${spec.type}`,
    query: { limit: pageSize, properties: spec.properties.join(','), archived: false },
  };
}

/** Milliseconds since the epoch as HubSpot filters want them, from an ISO or epoch-ms `since`. */
export function toEpochMillis(since: string): string {
  return /^\d+$/.test(since) ? since : String(Date.parse(since));
}

/** Incremental read: the search endpoint, records modified after `since`, oldest first, paged by `after` in the body. */
export function buildSearchRequest(spec: HubspotObjectSpec, pageSize: number, since: string): HttpRequest {
  return {
    method: 'POST',
    url: `/crm/v3/objects/${spec.type}/search`,
    body: {
      filterGroups: [{ filters: [{ propertyName: spec.modifiedProperty, operator: 'GT', value: toEpochMillis(since) }] }],
      sorts: [{ propertyName: spec.modifiedProperty, direction: 'ASCENDING' }],
      properties: [...spec.properties],
      limit: Math.min(pageSize, maxSearchLimit),
    },
  };
}

/** One record by id (webhook events carry ids only). */
export function buildGetRequest(spec: HubspotObjectSpec, id: string): HttpRequest {
  return { url: `/crm/v3/objects/${spec.type}/${encodeURIComponent(id)}`, query: { properties: spec.properties.join(',') } };
}

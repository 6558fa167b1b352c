import { z } from 'zod';

/** ISO-8601 timestamp with offset, e.g. 2026-01-31T12:00:00.000Z */
export const isoDateTime = z.iso.datetime({ offset: true });
/** calendar date, e.g. 2026-01-31 */
export const isoDate = z.iso.date();
/** provider fields that have no canonical home; kept, never dropped */
export const customFields = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

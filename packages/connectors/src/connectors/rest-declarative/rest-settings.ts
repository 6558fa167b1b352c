import { z } from 'zod';
import { canonicalModelNames } from '../../canonical/index';
import { reportUnknownFields, streamRecordFields } from './field-map';
import { restAuthSchema } from './rest-auth';

const paramName = z.string().min(1);
const paramLocation = z.enum(['query', 'body']).optional();

/** The contract's paginators that fit a REST list endpoint. */
export const restPaginatorSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('cursor'), param: paramName, nextPath: z.string().min(1), location: paramLocation }),
    z.strictObject({
      type: z.literal('offset'),
      offsetParam: paramName,
      limitParam: paramName,
      hasMorePath: z.string().min(1).optional(),
      location: paramLocation,
    }),
    z.strictObject({ type: z.literal('link') }),
    z.strictObject({ type: z.literal('none') }),
  ])
  .default({ type: 'none' });

/** Incremental reads: the provider filters on `param`, records carry their change time at `field`. */
export const restIncrementalSchema = z.strictObject({
  param: paramName,
  field: z.string().min(1),
  format: z.enum(['iso', 'epoch_ms']).default('iso'),
  location: z.enum(['query', 'body']).default('query'),
});

export const restStreamSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'letters, digits, "-" and "_", starting with a letter'),
    model: z.enum(canonicalModelNames),
    /** path joined to baseUrl, e.g. /v1/contacts */
    path: z.string().min(1),
    method: z.enum(['GET', 'POST']).default('GET'),
    query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    /** JSON body of a POST (search) endpoint */
    body: z.record(z.string(), z.unknown()).optional(),
    /** dotted path of the record array in the response ('' = the body is the array) */
    itemsPath: z.string().default(''),
    paginator: restPaginatorSchema,
    pageSize: z.number().int().min(1).max(10_000).default(100),
    /** page size parameter for cursor / link / none paginators (offset has its own limitParam) */
    pageSizeParam: paramName.optional(),
    incremental: restIncrementalSchema.optional(),
    ...streamRecordFields,
  })
  .superRefine((stream, ctx) => {
    reportUnknownFields(stream, ctx);
  });
export type RestStreamSettings = z.infer<typeof restStreamSchema>;

export const restSettingsSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }),
  auth: restAuthSchema,
  /** extra headers on every request (never secrets: those belong in the credentials) */
  headers: z.record(z.string(), z.string()).default({}),
  rateLimit: z.strictObject({ requests: z.number().int().positive(), perMs: z.number().int().positive() }).optional(),
  streams: z
    .array(restStreamSchema)
    .min(1)
    .refine((streams) => new Set(streams.map((s) => s.name)).size === streams.length, 'stream names must be unique'),
});
export type RestSettings = z.infer<typeof restSettingsSchema>;

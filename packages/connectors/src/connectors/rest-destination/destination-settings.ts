import { z } from 'zod';
import { restAuthSchema } from '../rest-declarative/rest-auth';

/** `{canonicalId}`, `{version}`, `{model}` and `{record.<field>}` placeholders; values are URL-encoded. */
const pathTemplate = z
  .string()
  .regex(/^\//, 'a path starting with "/"')
  .refine(
    (template) => [...template.matchAll(/\{([^}]*)\}/g)].every((match) => /^(canonicalId|version|model|record\.[A-Za-z0-9_.]+)$/.test(match[1] ?? '')),
    'placeholders are {canonicalId}, {version}, {model} or {record.<field>}',
  );

/** destination field (dotted: nested objects) -> canonical record path, or `$canonicalId` / `$version` / `$model` */
const bodyMapSchema = z.record(z.string().min(1), z.string().min(1));

export const modelRouteSchema = z.strictObject({
  method: z.enum(['POST', 'PUT', 'PATCH']).default('PUT'),
  path: pathTemplate,
  /** without it the body is the canonical record as it is */
  bodyMap: bodyMapSchema.optional(),
  /** dotted path of the destination's id in the response body; default: the canonical id */
  idPath: z.string().min(1).optional(),
  /** how deletions are sent; without it deleted records are not propagated (reported as not written) */
  delete: z
    .strictObject({
      method: z.enum(['DELETE', 'POST', 'PUT', 'PATCH']).default('DELETE'),
      path: pathTemplate,
      bodyMap: bodyMapSchema.optional(),
    })
    .optional(),
});
export type ModelRoute = z.infer<typeof modelRouteSchema>;

export const restDestinationSettingsSchema = z
  .strictObject({
    baseUrl: z.url({ protocol: /^https?$/ }),
    auth: restAuthSchema,
    headers: z.record(z.string(), z.string()).default({}),
    idempotencyHeader: z.string().min(1).default('Idempotency-Key'),
    /** response header saying the destination recognised the idempotency key and did nothing */
    replayedHeader: z.string().min(1).default('Idempotent-Replayed'),
    /** requests in flight per batch */
    concurrency: z.number().int().min(1).max(32).default(4),
    rateLimit: z.strictObject({ requests: z.number().int().positive(), perMs: z.number().int().positive() }).optional(),
    models: z.strictObject({
      contact: modelRouteSchema.optional(),
      company: modelRouteSchema.optional(),
      deal: modelRouteSchema.optional(),
      invoice: modelRouteSchema.optional(),
    }),
  })
  .refine((settings) => Object.values(settings.models).some(Boolean), { path: ['models'], message: 'route at least one model' });
export type RestDestinationSettings = z.infer<typeof restDestinationSettingsSchema>;

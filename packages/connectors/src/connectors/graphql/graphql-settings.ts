import { z } from 'zod';
import { canonicalModelNames } from '../../canonical/index';
import { reportUnknownFields, streamRecordFields } from '../rest-declarative/field-map';
import { restAuthSchema } from '../rest-declarative/rest-auth';

const variableName = z.string().regex(/^[_A-Za-z][_0-9A-Za-z]*$/, 'a GraphQL variable name');

export const graphqlStreamSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'letters, digits, "-" and "_", starting with a letter'),
    model: z.enum(canonicalModelNames),
    /** a query declaring the page size and after-cursor variables, e.g. `query($first: Int!, $after: String) { contacts(first: $first, after: $after) { ... } }` */
    query: z.string().min(1),
    /** fixed variables sent with every page */
    variables: z.record(z.string(), z.unknown()).default({}),
    /** dotted path of the connection inside `data` (its `edges[].node` or `nodes`, and `pageInfo { hasNextPage endCursor }`) */
    connectionPath: z.string().min(1),
    pageSize: z.number().int().min(1).max(1000).default(100),
    pageSizeVariable: variableName.default('first'),
    afterVariable: variableName.default('after'),
    /** incremental reads: the variable filled with the high-water mark, and the record field it comes from */
    incremental: z
      .strictObject({ variable: variableName, field: z.string().min(1), format: z.enum(['iso', 'epoch_ms']).default('iso') })
      .optional(),
    ...streamRecordFields,
  })
  .superRefine((stream, ctx) => {
    const variables = [stream.pageSizeVariable, stream.afterVariable, ...(stream.incremental ? [stream.incremental.variable] : [])];
    for (const name of variables) {
      if (!new RegExp(`\\$${name}\\b`).test(stream.query)) {
        ctx.addIssue({ code: 'custom', path: ['query'], message: `the query must declare $${name}` });
      }
    }
    reportUnknownFields(stream, ctx);
  });
export type GraphqlStreamSettings = z.infer<typeof graphqlStreamSchema>;

export const graphqlSettingsSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/ }),
  auth: restAuthSchema,
  headers: z.record(z.string(), z.string()).default({}),
  rateLimit: z.strictObject({ requests: z.number().int().positive(), perMs: z.number().int().positive() }).optional(),
  streams: z
    .array(graphqlStreamSchema)
    .min(1)
    .refine((streams) => new Set(streams.map((s) => s.name)).size === streams.length, 'stream names must be unique'),
});
export type GraphqlSettings = z.infer<typeof graphqlSettingsSchema>;

import { z } from 'zod';
import { canonicalModelNames } from '../../canonical/index';
import { customFieldsSchema, fieldMapSchema, reportUnknownFields } from '../rest-declarative/field-map';

const column = z.string().min(1).max(63);

export const postgresStreamSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'letters, digits, "-" and "_", starting with a letter'),
    model: z.enum(canonicalModelNames),
    /** `table` or `schema.table` */
    table: z.string().regex(/^[^.]+(\.[^.]+)?$/, 'table or schema.table').optional(),
    /** or a SELECT whose result carries the change-time and key columns */
    query: z
      .string()
      .regex(/^\s*(select|with)\b/i, 'a SELECT (or WITH … SELECT) query')
      .optional(),
    /** change time column (timestamp, timestamptz, date or a growing number); rows where it is NULL are not read */
    updatedAtColumn: column.default('updated_at'),
    /** unique key column: ties on the change time are ordered by it */
    primaryKeyColumn: column.default('id'),
    /** boolean (or "deleted at" timestamp) column marking soft-deleted rows */
    deletedColumn: column.optional(),
    pageSize: z.number().int().min(1).max(50_000).default(1000),
    fieldMap: fieldMapSchema,
    customFields: customFieldsSchema,
  })
  .superRefine((stream, ctx) => {
    if ((stream.table === undefined) === (stream.query === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['table'], message: 'set exactly one of table and query' });
    }
    reportUnknownFields(stream, ctx);
  });
export type PostgresStreamSettings = z.infer<typeof postgresStreamSchema>;

export const postgresSourceSettingsSchema = z.strictObject({
  /** postgres://host:5432/db?sslmode=require; basic credentials of the connection win over a user / password here */
  connectionString: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL'),
  /** server-side limit for one page query */
  statementTimeoutMs: z.number().int().min(1000).max(3_600_000).default(60_000),
  streams: z
    .array(postgresStreamSchema)
    .min(1)
    .refine((streams) => new Set(streams.map((s) => s.name)).size === streams.length, 'stream names must be unique'),
});
export type PostgresSourceSettings = z.infer<typeof postgresSourceSettingsSchema>;

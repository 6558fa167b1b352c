import { z } from 'zod';
import { canonicalModelNames } from '../../canonical/index';
import { customFieldsSchema, fieldMapSchema, reportUnknownFields } from '../rest-declarative/field-map';

/** `s3://bucket/key` (one object) or `s3://bucket/prefix/` (every object under it, in key order). */
export const s3LocationPattern = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,62})\/(.*)$/;

export const fileFormatSchema = z.enum(['csv', 'jsonl']);
export type FileFormat = z.infer<typeof fileFormatSchema>;

export const csvOptionsSchema = z.strictObject({
  delimiter: z.string().min(1).max(4).default(','),
  quote: z.string().length(1).default('"'),
  /** column names when the file has no header row; without them the first row is the header */
  columns: z.array(z.string().min(1)).min(1).optional(),
  /** tolerate stray quotes inside fields (`5" pipe`) instead of failing the row */
  relaxQuotes: z.boolean().default(true),
});

export const fileStreamSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'letters, digits, "-" and "_", starting with a letter'),
    model: z.enum(canonicalModelNames),
    /** a path under the hub's files root, an http(s) URL, or s3://bucket/key (s3://bucket/prefix/ for every object under it) */
    location: z.string().min(1),
    /** defaults from the extension: .csv -> csv, .jsonl / .ndjson -> jsonl */
    format: fileFormatSchema.optional(),
    csv: csvOptionsSchema.prefault({}),
    pageSize: z.number().int().min(1).max(10_000).default(500),
    /** column (or dotted JSON path) of the record id */
    idField: z.string().min(1),
    deletedField: z.string().min(1).optional(),
    fieldMap: fieldMapSchema,
    customFields: customFieldsSchema,
  })
  .superRefine((stream, ctx) => {
    if (!stream.format && !inferFormat(stream.location)) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: 'set the format: the location has no .csv / .jsonl extension' });
    }
    reportUnknownFields(stream, ctx);
  })
  .transform((stream) => ({ ...stream, format: stream.format ?? (inferFormat(stream.location) as FileFormat) }));
export type FileStreamSettings = z.infer<typeof fileStreamSchema>;

export const filesSettingsSchema = z.strictObject({
  /** S3-compatible storage: region, optional endpoint (MinIO, R2, …); the access key id / secret are the basic credentials */
  s3: z
    .strictObject({
      region: z.string().min(1).default('us-east-1'),
      endpoint: z.url().optional(),
      forcePathStyle: z.boolean().default(false),
      /** public buckets: send unsigned requests and need no credentials */
      anonymous: z.boolean().default(false),
    })
    .prefault({}),
  /** extra headers for http(s) locations (no secrets: use a signed URL) */
  httpHeaders: z.record(z.string(), z.string()).default({}),
  streams: z
    .array(fileStreamSchema)
    .min(1)
    .refine((streams) => new Set(streams.map((s) => s.name)).size === streams.length, 'stream names must be unique'),
});
export type FilesSettings = z.infer<typeof filesSettingsSchema>;

/** The format implied by a location's extension (query strings ignored). */
export function inferFormat(location: string): FileFormat | undefined {
  const path = location.split('?')[0]?.toLowerCase() ?? '';
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}

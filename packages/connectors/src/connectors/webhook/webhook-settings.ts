import { z } from 'zod';
import { canonicalModelNames } from '../../canonical/index';
import { reportUnknownFields, streamRecordFields } from '../rest-declarative/field-map';

export const signatureSchema = z.strictObject({
  /** header carrying the HMAC-SHA256 of the raw body; several signatures may be sent separated by "," or " " (secret rotation) */
  header: z.string().min(1).default('X-Signature'),
  encoding: z.enum(['hex', 'base64']).default('hex'),
  /** text before each signature, e.g. "sha256=" */
  prefix: z.string().default(''),
  /** replay protection: the signed payload becomes `<timestamp>.<raw body>` and old timestamps are refused */
  timestamp: z
    .strictObject({
      header: z.string().min(1),
      toleranceSeconds: z.number().int().min(1).max(86_400).default(300),
      unit: z.enum(['seconds', 'milliseconds']).default('seconds'),
    })
    .optional(),
});
export type SignatureSettings = z.infer<typeof signatureSchema>;

export const webhookStreamSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/i, 'letters, digits, "-" and "_", starting with a letter'),
    model: z.enum(canonicalModelNames),
    /** event kinds routed to this stream (values at events.kindPath); empty = every kind */
    kinds: z.array(z.string().min(1)).default([]),
    ...streamRecordFields,
  })
  .superRefine((stream, ctx) => {
    reportUnknownFields(stream, ctx);
  });
export type WebhookStreamSettings = z.infer<typeof webhookStreamSchema>;

export const eventShapeSchema = z.strictObject({
  /** dotted path of the event array in the payload; without it the payload is one event (or an array of events) */
  listPath: z.string().min(1).optional(),
  /** provider event id, used to de-duplicate deliveries */
  idPath: z.string().min(1).default('id'),
  /** event kind, e.g. "contact.updated" */
  kindPath: z.string().min(1).optional(),
  /** kinds that mean the record was deleted */
  deleteKinds: z.array(z.string().min(1)).default([]),
  /** external id of the record, relative to the event; defaults to the record's idField */
  externalIdPath: z.string().min(1).optional(),
  /** the record itself, relative to the event; absent = the hub fetches the record */
  recordPath: z.string().optional(),
  occurredAtPath: z.string().min(1).optional(),
});
export type EventShape = z.infer<typeof eventShapeSchema>;

export const webhookSettingsSchema = z.strictObject({
  signature: signatureSchema.prefault({}),
  events: eventShapeSchema.prefault({}),
  streams: z
    .array(webhookStreamSchema)
    .min(1)
    .refine((streams) => new Set(streams.map((s) => s.name)).size === streams.length, 'stream names must be unique'),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

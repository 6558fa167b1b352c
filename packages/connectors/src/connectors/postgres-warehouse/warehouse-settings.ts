import { z } from 'zod';

export const warehouseSettingsSchema = z.strictObject({
  /** postgres://user:pass@host:5432/db of the customer's warehouse */
  connectionString: z.string().min(1),
  /** tenant schemas are named `<prefix>_<tenant id sanitized>` */
  schemaPrefix: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,29}$/, 'lowercase letters, digits and underscores, starting with a letter or underscore')
    .default('tributary'),
  /** connections held per connection string */
  poolSize: z.number().int().min(1).max(32).default(4),
});
export type WarehouseSettings = z.infer<typeof warehouseSettingsSchema>;

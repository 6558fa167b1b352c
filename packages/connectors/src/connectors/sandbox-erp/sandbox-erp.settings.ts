import { z } from 'zod';

export const sandboxErpSettingsSchema = z.object({
  baseUrl: z.url(),
  /** the provider limit to stay under (requests per interval); none by default */
  rateLimit: z.object({ requests: z.number().int().positive(), perMs: z.number().int().positive() }).optional(),
  /** parallel create calls per destination batch (the API has no batch endpoint) */
  writeConcurrency: z.number().int().min(1).max(32).default(4),
});
export type SandboxErpSettings = z.infer<typeof sandboxErpSettingsSchema>;

import { z } from 'zod';
import type { RateLimitSpec } from '../../contract';

/** HubSpot's documented burst limit for private apps: 100 requests per 10 seconds. */
export const hubspotRateLimit: RateLimitSpec = { requests: 100, perMs: 10_000 };

export const sandboxCrmSettingsSchema = z.object({
  baseUrl: z.url(),
  /** the provider limit to stay under; the sandbox lets tests raise it */
  rateLimit: z.object({ requests: z.number().int().positive(), perMs: z.number().int().positive() }).optional(),
});
export type SandboxCrmSettings = z.infer<typeof sandboxCrmSettingsSchema>;

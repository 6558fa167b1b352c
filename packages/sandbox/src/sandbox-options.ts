import { z } from 'zod';

export const oauthClientSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  redirectUris: z.array(z.url()).optional(),
});

/** Options both sandboxes accept, validated at the edge. */
export const sandboxBaseOptionsSchema = z.object({
  port: z.number().int().min(0).max(65535).default(0),
  host: z.literal('127.0.0.1').default('127.0.0.1'),
  seed: z.number().int().default(42),
  maxPageSize: z.number().int().min(1).max(10_000).default(100),
  clients: z.array(oauthClientSchema).min(1),
  accessTokenTtlSeconds: z.number().int().min(0).default(1800),
  malformedRate: z.number().min(0).max(1).default(0),
});

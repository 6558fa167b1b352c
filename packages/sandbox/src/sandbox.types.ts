import { z } from 'zod';

export const driftSchema = z.object({
  object: z.string().min(1),
  field: z.string().min(1),
  renameTo: z.string().min(1).optional(),
  retypeTo: z.enum(['number', 'string', 'object']).optional(),
});

export const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(120_000),
  rate429: z.number().min(0).max(1),
  retryAfterSeconds: z.number().int().min(0).max(3600),
  rate5xx: z.number().min(0).max(1),
  resetRate: z.number().min(0).max(1),
  malformedRate: z.number().min(0).max(1),
  drift: driftSchema.nullable(),
  revokeAllTokens: z.boolean().optional(),
});

export const faultsPatchSchema = faultsSchema.partial().strict();

/** Fault switches; rates are probabilities per request in 0..1. */
export type Faults = z.infer<typeof faultsSchema>;
export type Drift = z.infer<typeof driftSchema>;

export interface SandboxStats {
  /** Requests to provider routes (not `/__sandbox/*`), faulted ones included. */
  requests: number;
  tokenRequests: number;
  /** Response counts by HTTP status; sockets destroyed by the reset fault count as "reset". */
  byStatus: Record<string, number>;
  /** Records created or changed by client writes (no-op upserts and idempotent replays excluded). */
  writes: number;
  webhooks: { delivered: number; failed: number };
}

export interface SandboxServer {
  url: string;
  close(): Promise<void>;
  setFaults(faults: Partial<Faults>): void;
  resetFaults(): void;
  faults(): Faults;
  /** Changes `count` live records (new version, updatedAt = now); returns their ids. */
  mutate(object: string, count: number): Promise<string[]>;
  /** Archives (deletes) `count` live records; returns their ids. */
  remove(object: string, count: number): Promise<string[]>;
  stats(): SandboxStats;
  resetStats(): void;
  isMalformed(object: string, id: string): boolean;
  /** Invalidates every OAuth access and refresh token issued so far. */
  revokeAllTokens(): void;
}

/** The CRM also sends webhooks; their target can change while it runs. */
export interface SandboxCrmServer extends SandboxServer {
  setWebhookTarget(url: string | null): void;
}

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** Omitted: any http(s) redirect URI is accepted for this client. */
  redirectUris?: string[];
}

import { z } from 'zod';

/** Raised when the environment does not satisfy an app's schema; the message names each variable and the reason. */
export class ConfigError extends Error {
  constructor(
    readonly app: string,
    readonly problems: { variable: string; reason: string }[],
  ) {
    super(
      `${app}: invalid configuration\n` +
        problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n') +
        '\nSet these environment variables (see README.md, "Configuration") and start again.',
    );
    this.name = 'ConfigError';
  }
}

/**
 * Parse `env` once, at boot, through a zod object schema whose keys are the
 * variable names. Each app calls this from its main.ts and passes the typed
 * result down as arguments.
 */
export function parseEnv<S extends z.ZodObject>(app: string, schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    variable: issue.path.map(String).join('.') || '(environment)',
    reason: issue.code === 'invalid_type' && issue.input === undefined ? 'is required but not set' : issue.message,
  }));
  throw new ConfigError(app, problems);
}

/** A postgres:// or postgresql:// URL. */
export const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be a URL like postgresql://user:password@host:5432/database');

/** A TCP port number given as a string. */
export const port = z.coerce.number().int().min(0).max(65535);

/** A secret with a minimum length (keys, signing secrets). */
export const secret = (minLength: number) => z.string().min(minLength, `must be at least ${minLength} characters`);

/** An http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

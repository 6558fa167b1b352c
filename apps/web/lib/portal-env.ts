import { z } from 'zod';

const portalEnvSchema = z.object({
  API_URL: z.url({ error: 'API_URL must be the API base URL, e.g. http://127.0.0.1:4000' }),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
});

let parsed: z.infer<typeof portalEnvSchema> | undefined;

/** The portal's environment, parsed once (lazily: `next build` runs without it). */
export function portalEnv(): z.infer<typeof portalEnvSchema> {
  if (!parsed) {
    const result = portalEnvSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`web: invalid configuration\n${result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    }
    parsed = result.data;
  }
  return parsed;
}

import { z } from 'zod';
import type { AuthSpec } from '../../contract';

/** How a configured HTTP API authenticates; the secret itself always comes from the connection's credentials. */
export const restAuthSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('none') }),
    /** the API key goes in a header, optionally prefixed (`Token abc`) */
    z.strictObject({ type: z.literal('apiKey'), header: z.string().min(1).default('X-API-Key'), prefix: z.string().optional() }),
    /** `Authorization: Bearer <api key credential>` */
    z.strictObject({ type: z.literal('bearer') }),
    z.strictObject({ type: z.literal('basic') }),
  ])
  .default({ type: 'none' });
export type RestAuth = z.infer<typeof restAuthSchema>;

/** The contract's auth spec for an auth setting: a bearer token is an API key credential sent as `Authorization: Bearer`. */
export function resolveRestAuth<S>(auth: RestAuth): AuthSpec<S> {
  switch (auth.type) {
    case 'none':
      return { type: 'none' };
    case 'apiKey': {
      const { header, prefix = '' } = auth;
      return { type: 'apiKey', apply: (apiKey) => ({ [header]: `${prefix}${apiKey}` }) };
    }
    case 'bearer':
      return { type: 'apiKey', apply: (apiKey) => ({ authorization: `Bearer ${apiKey}` }) };
    case 'basic':
      return { type: 'basic' };
  }
}

import { z } from 'zod';
import { portalEnv } from './portal-env';

const sessionResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), isStaff: z.boolean() }),
  tenant: z.object({ tenantId: z.string(), slug: z.string(), name: z.string(), role: z.enum(['owner', 'admin', 'viewer']) }).nullable(),
});
export type ApiSession = z.infer<typeof sessionResponse>;

/** Exchange email + password for a short-lived API session token (server-side only). */
export async function requestApiSession(email: string, password: string): Promise<ApiSession | null> {
  const res = await fetch(`${portalEnv().API_URL}/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    cache: 'no-store',
  });
  if (res.status === 401 || res.status === 403) return null;
  if (!res.ok) throw new Error(`the API refused the sign-in (HTTP ${res.status})`);
  return sessionResponse.parse(await res.json());
}

import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { portalEnv } from './portal-env';

/** The API token of the signed-in person, read from next-auth's encrypted cookie (server components only). */
export async function readApiToken(): Promise<string | null> {
  const jar = await cookies();
  const raw = jar.get('__Secure-next-auth.session-token')?.value ?? jar.get('next-auth.session-token')?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: portalEnv().NEXTAUTH_SECRET });
  return typeof token?.apiToken === 'string' ? token.apiToken : null;
}

/** Run a GraphQL operation against the API as the signed-in person. */
export async function queryApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await readApiToken();
  if (!token) throw new Error('not signed in');
  const res = await fetch(`${portalEnv().API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`the API answered HTTP ${res.status} without data`);
  return body.data;
}

import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { requestApiSession } from './api-session';

/**
 * next-auth signs people in with the API's `POST /auth/session`; the API's short-lived
 * token lives only inside next-auth's encrypted cookie and is used server-side to call
 * GraphQL. The browser never sees it.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 15 * 60 },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const session = await requestApiSession(credentials.email, credentials.password);
        if (!session) return null;
        return {
          id: session.user.id,
          email: session.user.email,
          name: session.user.name,
          apiToken: session.token,
          apiTokenExpiresAt: session.expiresAt,
          tenantName: session.tenant?.name ?? null,
          role: session.tenant?.role ?? null,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { apiToken: string; apiTokenExpiresAt: string; tenantName: string | null; role: string | null };
        token.apiToken = u.apiToken;
        token.apiTokenExpiresAt = u.apiTokenExpiresAt;
        token.tenantName = u.tenantName;
        token.role = u.role;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, tenantName: (token.tenantName as string | null) ?? null, role: (token.role as string | null) ?? null };
    },
  },
};

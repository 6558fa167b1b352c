import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { verifyConnectSession } from './connect-session';

const secret = 'a-connect-session-secret-of-32-chars!!';

describe('verifyConnectSession (tokens not made by createConnectSession)', () => {
  it('refuses garbage, unsigned and foreign-key tokens', async () => {
    await expect(verifyConnectSession('not.a.jwt', secret)).rejects.toMatchObject({ code: 'CONNECT_SESSION_INVALID', details: { reason: 'malformed' } });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    await expect(verifyConnectSession(unsigned, secret)).rejects.toMatchObject({ code: 'CONNECT_SESSION_INVALID' });
    // signed with the raw secret rather than the derived connect-session key
    const raw = await new SignJWT({ integrations: ['x'], returnUrl: 'https://a.example' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tributary')
      .setAudience('tributary-connect')
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyConnectSession(raw, secret)).rejects.toMatchObject({ details: { reason: 'tampered' } });
  });
});

import { describe, expect, it } from 'vitest';
import { isTokenExpiring, toAuthorizationHeader } from './token-state';

const credentials = { type: 'oauth2' as const, accessToken: 'at' };
const at = (iso: string) => new Date(iso);

describe('isTokenExpiring', () => {
  it('refreshes within 60 s of expiry', () => {
    const state = { credentials, expiresAt: at('2026-01-01T01:00:00Z'), obtainedAt: at('2026-01-01T00:00:00Z') };
    expect(isTokenExpiring(state, at('2026-01-01T00:58:59Z'))).toBe(false);
    expect(isTokenExpiring(state, at('2026-01-01T00:59:00Z'))).toBe(true);
    expect(isTokenExpiring(state, at('2026-01-01T02:00:00Z'))).toBe(true);
  });

  it('uses half the lifetime for short-lived tokens, and never refreshes tokens without expiry', () => {
    const short = { credentials, expiresAt: at('2026-01-01T00:01:00Z'), obtainedAt: at('2026-01-01T00:00:00Z') };
    expect(isTokenExpiring(short, at('2026-01-01T00:00:10Z'))).toBe(false);
    expect(isTokenExpiring(short, at('2026-01-01T00:00:31Z'))).toBe(true);
    expect(isTokenExpiring({ credentials, expiresAt: null, obtainedAt: null }, at('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('toAuthorizationHeader', () => {
  it('normalizes the bearer scheme', () => {
    expect(toAuthorizationHeader({ ...credentials, tokenType: 'bearer' })).toEqual({ authorization: 'Bearer at' });
    expect(toAuthorizationHeader({ ...credentials, tokenType: 'MAC' })).toEqual({ authorization: 'MAC at' });
  });
});

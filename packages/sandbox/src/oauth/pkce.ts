import { createHash, timingSafeEqual } from 'node:crypto';

const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The S256 code challenge of a PKCE verifier (RFC 7636). */
export function computeS256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function isVerifierValid(verifier: string, challenge: string): boolean {
  if (!verifierPattern.test(verifier)) return false;
  const expected = Buffer.from(computeS256Challenge(verifier));
  const given = Buffer.from(challenge);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function isSecretEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

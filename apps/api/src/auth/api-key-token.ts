import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `trb_<prefix>_<secret>`: prefix 12 lowercase base32 characters, secret 32 random bytes in base64url. */
const TOKEN_PATTERN = /^trb_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export interface GeneratedApiKey {
  /** stored and shown: identifies the key */
  prefix: string;
  /** stored */
  secretHash: string;
  /** shown once */
  token: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = Array.from(randomBytes(12), (byte) => BASE32[byte % 32]).join('');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secretHash: hashApiKeySecret(secret), token: `trb_${prefix}_${secret}` };
}

/** sha256 is enough: the secret is 256 random bits, not a password. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseApiKeyToken(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('trb_');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKeySecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** How a key is shown: `trb_<prefix>`. */
export function displayPrefix(prefix: string): string {
  return `trb_${prefix}`;
}

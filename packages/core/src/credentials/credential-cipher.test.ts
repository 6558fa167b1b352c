import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCredentialCipher, parseCredentialKeys } from './credential-cipher';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

describe('credential cipher', () => {
  it('round-trips and never shows the plaintext', () => {
    const cipher = createCredentialCipher([k1]);
    const envelope = cipher.encryptJson({ accessToken: 'secret-token-123' });
    expect(envelope).not.toContain('secret-token-123');
    expect(envelope.startsWith('v1.k1.')).toBe(true);
    expect(cipher.decryptJson(envelope)).toEqual({ accessToken: 'secret-token-123' });
  });

  it('uses a fresh IV each time', () => {
    const cipher = createCredentialCipher([k1]);
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('detects tampering', () => {
    const cipher = createCredentialCipher([k1]);
    const parts = cipher.encrypt('hello world').split('.');
    const data = Buffer.from(parts[4]!, 'base64url');
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });

  it('decrypts with an older key after rotation and encrypts with the new one', () => {
    const before = createCredentialCipher([k1]).encrypt('token');
    const after = createCredentialCipher([k2, k1]);
    expect(after.decrypt(before)).toBe('token');
    expect(after.keyIdOf(after.encrypt('token'))).toBe('k2');
    expect(() => createCredentialCipher([k2]).decrypt(before)).toThrow(/no credential key "k1"/);
  });

  it('explains a malformed key specification', () => {
    expect(() => parseCredentialKeys('k1:short')).toThrow(/must be 32 bytes/);
    expect(() => parseCredentialKeys('')).toThrow(/at least one key/);
    expect(parseCredentialKeys(`k2:${k2.key.toString('base64')},k1:${k1.key.toString('base64')}`).map((k) => k.id)).toEqual(['k2', 'k1']);
  });
});

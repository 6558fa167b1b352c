import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Credentials at rest: AES-256-GCM, a fresh 12-byte IV per encryption, the key id
 * stored inside each ciphertext: "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url).
 * The first key is the active one (encrypts); every listed key can decrypt, which
 * is what makes online rotation possible.
 */
export interface CredentialCipher {
  activeKeyId: string;
  encrypt(plaintext: string): string;
  decrypt(envelope: string): string;
  keyIdOf(envelope: string): string;
  encryptJson(value: unknown): string;
  decryptJson<T = unknown>(envelope: string): T;
}

export class CredentialKeyError extends Error {
  override name = 'CredentialKeyError';
}

/** Parse "k2:base64key,k1:base64key" (active key first). Each key must be 32 bytes. */
export function parseCredentialKeys(spec: string): { id: string; key: Buffer }[] {
  const keys = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, material] = part.split(':');
      if (!id || !material || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new CredentialKeyError('CREDENTIAL_KEYS: each entry must look like "<keyId>:<base64 32-byte key>"');
      const key = Buffer.from(material, 'base64');
      if (key.length !== 32) throw new CredentialKeyError(`CREDENTIAL_KEYS: key "${id}" must be 32 bytes (base64), got ${key.length}`);
      return { id, key };
    });
  if (!keys.length) throw new CredentialKeyError('CREDENTIAL_KEYS: at least one key is required');
  return keys;
}

export function createCredentialCipher(keys: { id: string; key: Buffer }[]): CredentialCipher {
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  const active = keys[0];
  if (!active) throw new CredentialKeyError('at least one credential key is required');
  const parse = (envelope: string) => {
    const [version, keyId, iv, tag, data] = envelope.split('.');
    if (version !== 'v1' || !keyId || !iv || !tag || data === undefined) throw new CredentialKeyError('not a credential envelope');
    return { keyId, iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), data: Buffer.from(data, 'base64url') };
  };
  const cipher: CredentialCipher = {
    activeKeyId: active.id,
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', active.key, iv);
      const data = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
      return ['v1', active.id, iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(envelope) {
      const { keyId, iv, tag, data } = parse(envelope);
      const key = byId.get(keyId);
      if (!key) throw new CredentialKeyError(`no credential key "${keyId}" is configured (CREDENTIAL_KEYS)`);
      const d = createDecipheriv('aes-256-gcm', key, iv);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(data), d.final()]).toString('utf8');
    },
    keyIdOf: (envelope) => parse(envelope).keyId,
    encryptJson: (value) => cipher.encrypt(JSON.stringify(value)),
    decryptJson: <T>(envelope: string) => JSON.parse(cipher.decrypt(envelope)) as T,
  };
  return cipher;
}

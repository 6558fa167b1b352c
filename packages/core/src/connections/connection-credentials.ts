import type { Credentials } from '@tributary/connectors';
import { z } from 'zod';
import type { CredentialCipher } from '../credentials/index';
import { DomainError, toFieldIssues } from '../shared/index';

export type OAuthCredentials = Extract<Credentials, { type: 'oauth2' }>;

/** The credentials a connection stores (encrypted), as zod sees them. */
export const credentialsSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('oauth2'),
    accessToken: z.string().min(1),
    refreshToken: z.string().min(1).optional(),
    expiresAt: z.string().optional(),
    tokenType: z.string().optional(),
    scope: z.string().optional(),
  }),
  z.object({ type: z.literal('apiKey'), apiKey: z.string().min(1) }),
  z.object({ type: z.literal('basic'), username: z.string().min(1), password: z.string() }),
  z.object({ type: z.literal('none') }),
]);

/** Credentials a person types in (never OAuth tokens: those come from the connect flow). */
export const enteredCredentialsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('apiKey'), apiKey: z.string().trim().min(1, 'the API key is required') }),
  z.object({ type: z.literal('basic'), username: z.string().min(1, 'the username is required'), password: z.string() }),
  z.object({ type: z.literal('none') }),
]);

/** Validates typed-in credentials; the error names fields only, never values. */
export function parseEnteredCredentials(input: unknown): Exclude<Credentials, { type: 'oauth2' }> {
  const parsed = enteredCredentialsSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('VALIDATION_FAILED', 'The credentials are incomplete', { fields: toFieldIssues(parsed.error.issues, 'credentials') });
  }
  return parsed.data;
}

export function encryptCredentials(cipher: CredentialCipher, credentials: Credentials): { credentialsEnc: string; credentialsKeyId: string } {
  const credentialsEnc = cipher.encryptJson(credentials);
  return { credentialsEnc, credentialsKeyId: cipher.keyIdOf(credentialsEnc) };
}

/** Decrypts and checks a stored envelope. Failures never include the plaintext. */
export function decryptCredentials(cipher: CredentialCipher, envelope: string | null): Credentials {
  if (!envelope) return { type: 'none' };
  const parsed = credentialsSchema.safeParse(cipher.decryptJson(envelope));
  if (!parsed.success) throw new DomainError('PRECONDITION_FAILED', 'The stored credentials of this connection are unreadable');
  return parsed.data;
}

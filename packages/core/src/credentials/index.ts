export { createCredentialCipher, parseCredentialKeys, CredentialKeyError, type CredentialCipher } from './credential-cipher';

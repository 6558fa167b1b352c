import { DomainError } from '@tributary/core/shared';

/** The object types that have global ids. */
export type NodeType =
  | 'Tenant' | 'User' | 'Member' | 'ApiKey' | 'Integration' | 'Connection' | 'Sync' | 'Run' | 'CanonicalRecord'
  | 'DeadLetter' | 'AuditEntry' | 'WebhookSubscription' | 'WebhookDelivery' | 'DriftEvent';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const numericPattern = /^[1-9][0-9]{0,18}$/;

/** Opaque global id: base64url of `Type:key`. */
export function encodeId(type: NodeType, key: string | bigint): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

/** `{ type, key }` of any well-formed global id, or null. */
export function parseId(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const type = text.slice(0, colon) as NodeType;
  const key = text.slice(colon + 1);
  const keyOk = type === 'AuditEntry' ? numericPattern.test(key) : uuidPattern.test(key);
  return keyOk ? { type, key: key.toLowerCase() } : null;
}

/**
 * The database key inside a global id of `type`. A malformed id, or an id of another
 * type, is NOT_FOUND: to a caller, an id it may not use does not exist.
 */
export function decodeId(id: string, type: NodeType): string {
  const parsed = parseId(id);
  if (!parsed || parsed.type !== type) throw notFound(type);
  return parsed.key;
}

export function decodeOptionalId(id: string | null | undefined, type: NodeType): string | undefined {
  return id == null ? undefined : decodeId(id, type);
}

export function notFound(type: string): DomainError {
  return new DomainError('NOT_FOUND', `${type} not found.`);
}

import type { CanonicalModelName } from '@tributary/connectors';

/** The source a record came from, for identities that fall back to it. */
export interface RecordOrigin {
  connectionId: string;
  externalId: string;
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  return text ? text : null;
}

/** "https://www.Acme.com/" -> "acme.com" */
function cleanDomain(value: unknown): string | null {
  return clean(value)?.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '') || null;
}

/**
 * The identity of a canonical record within its model: what makes two source records the same
 * hub record. contact: normalised email, else `source:<connection>:<external id>`; company:
 * domain, else `name:<normalised name>`; deal and invoice: `<connection>:<external id>`.
 * The only place identities are decided (lookups use the same keys).
 */
export function computeIdentity(model: CanonicalModelName, record: Record<string, unknown>, origin: RecordOrigin): string {
  switch (model) {
    case 'contact':
      return clean(record.email) ?? `source:${origin.connectionId}:${origin.externalId}`;
    case 'company': {
      const domain = cleanDomain(record.domain);
      if (domain) return domain;
      const name = clean(record.name);
      return name ? `name:${name.replace(/\s+/g, ' ')}` : `source:${origin.connectionId}:${origin.externalId}`;
    }
    case 'deal':
    case 'invoice':
      return `${origin.connectionId}:${origin.externalId}`;
  }
}

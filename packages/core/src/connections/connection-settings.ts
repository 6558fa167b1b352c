import type { AnyConnectorDef } from '@tributary/connectors';
import { DomainError, toFieldIssues } from '../shared/index';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The integration's defaults with the connection's own settings on top (one level: a connection replaces a whole key). */
export function mergeSettings(defaults: unknown, own: unknown): Record<string, unknown> {
  return { ...(isPlainObject(defaults) ? defaults : {}), ...(isPlainObject(own) ? own : {}) };
}

/** Parses merged settings with the connector's schema; a mismatch names the offending fields. */
export function parseSettings(connector: AnyConnectorDef, defaults: unknown, own: unknown): unknown {
  const parsed = connector.settings.safeParse(mergeSettings(defaults, own));
  if (!parsed.success) {
    throw new DomainError('VALIDATION_FAILED', `The settings do not fit the ${connector.label} connector`, {
      fields: toFieldIssues(parsed.error.issues, 'settings'),
    });
  }
  return parsed.data;
}

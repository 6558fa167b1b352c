import type { AnyConnectorDef, AnyStreamDef, AuthSpec, RateLimitSpec } from '../contract';
import { ConnectorError } from './connector-error';

/** Parses per-tenant settings with the connector's schema; a mismatch is a `config` error naming the fields. */
export function parseConnectorSettings(connector: AnyConnectorDef, settings: unknown): unknown {
  const parsed = connector.settings.safeParse(settings);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new ConnectorError('config', `invalid settings for ${connector.id}: ${fields}`);
}

/** The provider rate limit for these (parsed) settings. */
export function resolveRateLimit(connector: AnyConnectorDef, settings: unknown): RateLimitSpec | undefined {
  return connector.rateLimitFor?.(settings) ?? connector.rateLimit;
}

/** The streams of a connection: settings-defined ones (`resolveStreams`) or the connector's static list. */
export function resolveStreams(connector: AnyConnectorDef, settings: unknown): readonly AnyStreamDef[] {
  return connector.resolveStreams?.(settings) ?? connector.streams;
}

/** One stream of a connection by name; an unknown name is a `config` error. */
export function resolveStream(connector: AnyConnectorDef, settings: unknown, name: string): AnyStreamDef {
  const stream = resolveStreams(connector, settings).find((candidate) => candidate.name === name);
  if (!stream) throw new ConnectorError('config', `connector "${connector.id}" has no stream "${name}"`);
  return stream;
}

/** How a connection authenticates: settings-dependent (`resolveAuth`) or the connector's static spec. */
export function resolveAuth(connector: AnyConnectorDef, settings: unknown): AuthSpec<unknown> {
  return connector.resolveAuth?.(settings) ?? connector.auth;
}

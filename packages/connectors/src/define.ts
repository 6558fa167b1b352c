import type { CanonicalModelName } from './canonical/index';
import type { AnyStreamDef, ConnectorDef, StreamDef } from './contract';

/**
 * Declares a stream. The definition is checked against its own raw type (inferred from
 * the `raw` schema) and model; the result has the raw type erased so streams of different
 * raw shapes fit one `streams` array. Pass `<Settings, Raw, Model>` explicitly when
 * `request` / `normalize` need typed settings.
 */
export function defineStream<S = unknown, Raw = unknown, M extends CanonicalModelName = CanonicalModelName>(
  def: StreamDef<S, Raw, M>,
): AnyStreamDef<S> {
  return def;
}

/** Declares a connector; `S` is inferred from the `settings` schema. */
export function defineConnector<S>(def: ConnectorDef<S>): ConnectorDef<S> {
  return def;
}

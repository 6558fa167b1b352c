import { readPath } from '../../engine/dotted-path';

/** Reads a dotted path and renders it as an id (numbers and non-empty strings only); undefined when absent. */
export function readId(value: unknown, path: string): string | undefined {
  const found = readPath(value, path);
  if (typeof found === 'number' || typeof found === 'bigint') return String(found);
  if (typeof found === 'string' && found.trim() !== '') return found.trim();
  return undefined;
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const graphqlDir = path.dirname(fileURLToPath(import.meta.url));
export const SNAPSHOT_FILE = 'schema.snapshot.graphql';

/** The public contract: every `*.graphql` file of this folder except the snapshot, in name order. */
export function readTypeDefs(): string {
  return readdirSync(graphqlDir)
    .filter((file) => file.endsWith('.graphql') && file !== SNAPSHOT_FILE)
    .sort()
    .map((file) => readFileSync(path.join(graphqlDir, file), 'utf8'))
    .join('\n');
}

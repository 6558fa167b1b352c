/**
 * `npm run api:schema:accept`: acknowledge the current SDL as the public contract (rewrite
 * schema.snapshot.graphql, listing what breaks for clients) and regenerate the resolver types.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { compareWithSnapshot, writeSnapshot } from './schema-snapshot';
import { graphqlDir } from './type-defs';

let breaking: { type: string; description: string }[] = [];
try {
  breaking = compareWithSnapshot().breaking;
} catch {
  // no snapshot yet
}
for (const change of breaking) console.log(`breaking (acknowledged): ${change.type}: ${change.description}`);
writeSnapshot();
console.log('api: schema.snapshot.graphql updated');
const repoRoot = path.resolve(graphqlDir, '../../../..');
const codegen = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/api/codegen.ts'], { cwd: repoRoot, stdio: 'inherit' });
process.exit(codegen.status ?? 1);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';
import { compareWithSnapshot, printContract } from './schema-snapshot';
import { graphqlDir } from './type-defs';

describe('the public GraphQL contract', () => {
  it('has no breaking change that schema.snapshot.graphql does not acknowledge (npm run api:schema:accept)', () => {
    const { breaking } = compareWithSnapshot();
    const report = breaking.map((change) => `${change.type}: ${change.description}`);
    expect(report, 'Breaking changes for API clients. If intended, run `npm run api:schema:accept` and commit the snapshot.').toEqual([]);
  });

  it('detects a breaking change (a removed field) against the snapshot', () => {
    const current = printContract();
    const withoutField = current.replace(/\n {2}sourceChecksum: String!\n/, '\n');
    expect(withoutField).not.toBe(current);
    const changes = findBreakingChanges(buildSchema(current), buildSchema(withoutField));
    expect(changes.map((c) => c.description)).toEqual(['Run.sourceChecksum was removed.']);
  });

  it('has resolver types generated from the current SDL (npm run api:codegen)', async () => {
    const [output] = await generate({ ...codegenConfig, silent: true }, false);
    const committed = readFileSync(path.join(graphqlDir, 'generated/resolvers-types.ts'), 'utf8');
    expect(output?.content === committed, 'generated/resolvers-types.ts is stale: run `npm run api:codegen`').toBe(true);
  }, 30_000);
});

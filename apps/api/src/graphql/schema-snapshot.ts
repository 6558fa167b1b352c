import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, printSchema, type BreakingChange, type DangerousChange } from 'graphql';
import { graphqlDir, readTypeDefs, SNAPSHOT_FILE } from './type-defs';

const snapshotPath = path.join(graphqlDir, SNAPSHOT_FILE);

/** The contract as one sorted SDL document (what the snapshot stores). */
export function printContract(sdl = readTypeDefs()): string {
  return printSchema(lexicographicSortSchema(buildSchema(sdl)));
}

export function readSnapshot(): string {
  return readFileSync(snapshotPath, 'utf8');
}

/** Changes from the acknowledged snapshot to the current SDL. */
export function compareWithSnapshot(): { breaking: BreakingChange[]; dangerous: DangerousChange[]; current: string } {
  const before = buildSchema(readSnapshot());
  const current = printContract();
  const after = buildSchema(current);
  return { breaking: findBreakingChanges(before, after), dangerous: findDangerousChanges(before, after), current };
}

/** Acknowledge the current SDL as the contract (`npm run api:schema:accept`). */
export function writeSnapshot(): void {
  writeFileSync(snapshotPath, `${printContract()}\n`);
}

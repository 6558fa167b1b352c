import { z } from 'zod';
import { addChecksums, subtractChecksums } from '../mapping/canonical-json';
import type { RunTally } from './checkpoint';

export type ReconciliationCheck = {
  name: string;
  ok: boolean;
  expected: string;
  actual: string;
  message: string;
};

/** The run's verdict: every count and checksum agrees, or which one differs and by how much. */
export type Reconciliation = {
  ok: boolean;
  checks: ReconciliationCheck[];
};

/** `sync_run.pushed[destination]` as the delivery steps keep it. */
export const destinationTallySchema = z.object({
  pushed: z.number().int().default(0),
  skipped: z.number().int().default(0),
  failed: z.number().int().default(0),
  checksum: z.string().default('0'),
  /** records of earlier runs this run delivered (a previous run stopped before delivering them) */
  carried: z.number().int().default(0),
  carriedChecksum: z.string().default('0'),
});
export type DestinationTally = z.infer<typeof destinationTallySchema>;

export interface RunFigures {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
  sourceChecksum: string;
  tally: RunTally;
  destinationIds: readonly string[];
  pushed: unknown;
}

function check(name: string, expected: bigint | number, actual: bigint | number, explain: (diff: string) => string): ReconciliationCheck {
  const ok = BigInt(expected) === BigInt(actual);
  const diff = typeof expected === 'number' && typeof actual === 'number' ? String(actual - expected) : subtractChecksums(BigInt(actual), BigInt(expected)).toString();
  return { name, ok, expected: String(expected), actual: String(actual), message: ok ? 'agrees' : explain(diff) };
}

/**
 * Compares what the source gave with what the hub accounted for, and what the hub changed with
 * what each destination acknowledged:
 * - `counts`: read = created + updated + unchanged + deleted + failed;
 * - `source-checksum`: the checksum of records read = checksum of records landed + dead-lettered;
 * - per destination, `delivered:<id>` and `checksum:<id>`: the run's changes (plus records it
 *   carried over from earlier runs) = acknowledged (pushed + already delivered), by count and checksum.
 */
export function reconcileRun(figures: RunFigures): Reconciliation {
  const accounted = figures.created + figures.updated + figures.unchanged + figures.deleted + figures.failed;
  const checks: ReconciliationCheck[] = [
    check('counts', figures.read, accounted, (d) => `read ${figures.read} but accounted for ${accounted} (${d})`),
    check('source-checksum', BigInt(figures.sourceChecksum), addChecksums(figures.tally.landed, figures.tally.failed), (d) => `landed + dead-lettered differs from read by ${d} (mod 2^64)`),
  ];
  const pushed = z.record(z.string(), destinationTallySchema).catch({}).parse(figures.pushed ?? {});
  for (const id of figures.destinationIds) {
    const d = destinationTallySchema.parse(pushed[id] ?? {});
    const expectedCount = figures.tally.changedCount + d.carried;
    const acknowledged = d.pushed + d.skipped;
    const failedNote = d.failed ? ` (${d.failed} refused: see deliver dead letters)` : '';
    checks.push(check(`delivered:${id}`, expectedCount, acknowledged, (diff) => `expected ${expectedCount}, acknowledged ${acknowledged} (${diff})${failedNote}`));
    const expectedChecksum = addChecksums(figures.tally.changed, d.carriedChecksum);
    checks.push(check(`checksum:${id}`, expectedChecksum, BigInt(d.checksum), (diff) => `differs by ${diff} (mod 2^64)${failedNote}`));
  }
  return { ok: checks.every((c) => c.ok), checks };
}

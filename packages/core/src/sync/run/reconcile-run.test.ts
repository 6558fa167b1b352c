import { describe, expect, it } from 'vitest';
import { cronSchema } from '../config/sync-config-input';
import { addChecksums } from '../mapping/canonical-json';
import { reconcileRun } from './reconcile-run';

const base = {
  read: 10,
  created: 6,
  updated: 2,
  unchanged: 1,
  deleted: 0,
  failed: 1,
  sourceChecksum: addChecksums(5n, 7n).toString(),
  tally: { landed: '5', failed: '7', changedCount: 8, changed: '99' },
  destinationIds: ['d1'],
};

describe('reconcileRun', () => {
  it('agrees when counts and checksums match', () => {
    const verdict = reconcileRun({ ...base, pushed: { d1: { pushed: 8, skipped: 0, failed: 0, checksum: '99' } } });
    expect(verdict.ok).toBe(true);
    expect(verdict.checks.map((c) => c.name)).toEqual(['counts', 'source-checksum', 'delivered:d1', 'checksum:d1']);
  });

  it('says which check differs and by how much', () => {
    const verdict = reconcileRun({ ...base, read: 11, pushed: { d1: { pushed: 7, skipped: 0, failed: 1, checksum: '90' } } });
    expect(verdict.ok).toBe(false);
    const failing = Object.fromEntries(verdict.checks.filter((c) => !c.ok).map((c) => [c.name, c.message]));
    expect(failing.counts).toMatch(/read 11 but accounted for 10 \(-1\)/);
    expect(failing['delivered:d1']).toMatch(/expected 8, acknowledged 7 \(-1\) \(1 refused/);
    expect(failing['checksum:d1']).toMatch(/differs by 18446744073709551607/);
  });
});

describe('cronSchema', () => {
  it('accepts five-field expressions and refuses anything else', () => {
    for (const ok of ['*/15 * * * *', '0 3 * * 1-5', '5,35 0-23/2 1 1,6 0']) expect(cronSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['every minute', '* * * *', '61 * * * *', '* * * * 8', '*/0 * * * *']) expect(cronSchema.safeParse(bad).success).toBe(false);
  });
});

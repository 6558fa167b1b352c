import type { TenantDb } from '@tributary/db';
import type { z } from 'zod';
import { replaySelectorSchema } from '../queues';

export { replaySelectorSchema };
export type ReplaySelector = z.input<typeof replaySelectorSchema>;

/** At most this many dead letters per replay call; call again for the rest. */
export const replayLimit = 10_000;

export interface SelectedLetter {
  id: string;
  syncConfigId: string | null;
}

/** The open dead letters a selector names, oldest first (the tenant's only: Row Level Security). */
export async function selectOpenLetters(tx: TenantDb, selector: z.infer<typeof replaySelectorSchema>): Promise<{ open: SelectedLetter[]; notOpen: number }> {
  const where =
    'ids' in selector
      ? { id: { in: selector.ids } }
      : 'runId' in selector
        ? { runId: selector.runId }
        : { syncConfigId: selector.filter.syncConfigId, runId: selector.filter.runId, stage: selector.filter.stage, errorCode: selector.filter.errorCode };
  const open = await tx.deadLetter.findMany({ where: { ...where, status: 'open' }, orderBy: { createdAt: 'asc' }, take: replayLimit, select: { id: true, syncConfigId: true } });
  const notOpen = 'ids' in selector ? selector.ids.length - open.length : 0;
  return { open, notOpen };
}

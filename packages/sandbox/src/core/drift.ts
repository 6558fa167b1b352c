import { type Drift } from '../sandbox.types';

function retypeValue(value: unknown, to: NonNullable<Drift['retypeTo']>): unknown {
  if (to === 'object') return { value };
  if (to === 'string') return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : typeof value === 'string' ? value.length : 0;
}

/** Applies a schema-drift fault to one served object in place: rename and/or retype `drift.field`. */
export function applyDrift(target: Record<string, unknown>, drift: Drift): void {
  if (!(drift.field in target)) return;
  let value = target[drift.field];
  if (drift.retypeTo) value = retypeValue(value, drift.retypeTo);
  if (drift.renameTo) delete target[drift.field];
  target[drift.renameTo ?? drift.field] = value;
}

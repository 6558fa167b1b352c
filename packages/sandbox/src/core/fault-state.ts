import { type Faults, faultsPatchSchema } from '../sandbox.types';

export interface FaultState {
  current(): Faults;
  set(patch: Partial<Faults>): Faults;
  reset(): Faults;
}

export function buildDefaultFaults(malformedRate: number): Faults {
  return {
    latencyMs: 0,
    rate429: 0,
    retryAfterSeconds: 1,
    rate5xx: 0,
    resetRate: 0,
    malformedRate,
    drift: null,
    revokeAllTokens: false,
  };
}

/** Holds the fault switches; `onRevoke` runs whenever revokeAllTokens is switched on. */
export function createFaultState(malformedRate: number, onRevoke: () => void): FaultState {
  let faults = buildDefaultFaults(malformedRate);
  return {
    current: () => faults,
    set(input) {
      const patch = faultsPatchSchema.parse(input);
      const defined = Object.entries(patch).filter(([, value]) => value !== undefined);
      faults = { ...faults, ...Object.fromEntries(defined) };
      if (patch.revokeAllTokens) onRevoke();
      return faults;
    },
    reset() {
      faults = buildDefaultFaults(malformedRate);
      return faults;
    },
  };
}

/** Hands out strictly increasing millisecond stamps, never behind the wall clock. */
export interface UpdateClock {
  next(): number;
}

export function createUpdateClock(floorMs: number): UpdateClock {
  let last = floorMs;
  return {
    next() {
      last = Math.max(Date.now(), last + 1);
      return last;
    },
  };
}

/**
 * Runs tasks one after another, in order, while the caller goes on with the next page: a
 * step chains two of these (hub commits, then deliveries), so parsing, hub writes and
 * destination writes overlap. `push` waits while `maxPending` tasks are queued (backpressure,
 * bounded memory) and throws the first failure.
 */
export interface TaskQueue {
  push(task: () => Promise<void>): Promise<void>;
  /** waits for every queued task; throws the first failure */
  drain(): Promise<void>;
}

export function createTaskQueue(maxPending = 2): TaskQueue {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  let failure: { error: unknown } | undefined;
  const waiters: (() => void)[] = [];

  function rethrow() {
    if (failure) throw failure.error;
  }

  function settle() {
    pending -= 1;
    waiters.shift()?.();
  }

  return {
    async push(task) {
      rethrow();
      while (pending >= maxPending) await new Promise<void>((resolve) => waiters.push(resolve));
      rethrow();
      pending += 1;
      tail = tail.then(async () => {
        try {
          if (!failure) await task();
        } catch (error) {
          failure ??= { error };
        } finally {
          settle();
        }
      });
    },
    async drain() {
      await tail;
      rethrow();
    },
  };
}

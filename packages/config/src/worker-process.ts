/**
 * How a sync worker process is started (by `npm start`, the worker's own `npm start` and the
 * benchmark alike). V8 sizes its heap lazily against the machine's memory: left alone, a worker
 * moving a million records grew to ~600 MB RSS of mostly dead objects. A bounded old space makes
 * it collect sooner (measured: ~310 MB peak, throughput within run-to-run noise); a larger young
 * generation lets a page's short-lived records die there instead of being promoted.
 */
export const workerNodeFlags: readonly string[] = ['--max-old-space-size=384', '--max-semi-space-size=32'];

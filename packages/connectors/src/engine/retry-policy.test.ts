import { describe, expect, it } from 'vitest';
import { computeBackoffMs, describeNetworkError, parseRetryAfter } from './retry-policy';

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0')).toBe(0);
  });

  it('reads an HTTP-date relative to now', () => {
    const now = Date.parse('2026-01-31T12:00:00Z');
    expect(parseRetryAfter('Sat, 31 Jan 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 31 Jan 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('computeBackoffMs', () => {
  const options = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

  it('doubles per retry within [cap/2, cap] and stops at the maximum', () => {
    expect(computeBackoffMs(1, options, () => 0)).toBe(50);
    expect(computeBackoffMs(1, options, () => 1)).toBe(100);
    expect(computeBackoffMs(3, options, () => 1)).toBe(400);
    expect(computeBackoffMs(10, options, () => 1)).toBe(1000);
    expect(computeBackoffMs(10, options, () => 0)).toBe(500);
  });
});

describe('describeNetworkError', () => {
  it('finds the socket error code in the cause chain', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    expect(describeNetworkError(error)).toEqual({ retryable: true, reason: 'ECONNRESET' });
  });

  it('treats socket hang up as retryable and other errors as not', () => {
    expect(describeNetworkError(new Error('socket hang up')).retryable).toBe(true);
    expect(describeNetworkError(new RangeError('bad')).retryable).toBe(false);
  });
});

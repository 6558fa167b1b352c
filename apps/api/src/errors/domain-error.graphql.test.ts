import { DomainError } from '@tributary/core/shared';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, toRequestGraphqlError } from './domain-error.graphql';

const located = { message: 'x', locations: [{ line: 1, column: 3 }], path: ['run'] };

describe('the one DomainError -> GraphQL error mapping', () => {
  const format = createErrorFormatter({ development: false, log: () => undefined });

  it('gives a DomainError its code, field errors and retry time', () => {
    const validation = new GraphQLError('wrapped', { path: ['run'], originalError: new DomainError('VALIDATION_FAILED', 'Invalid sync', { fields: [{ field: 'input.schedule', message: 'not a cron expression' }] }) });
    expect(format(located, validation)).toEqual({ message: 'Invalid sync', locations: located.locations, path: ['run'], extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'input.schedule', message: 'not a cron expression' }] } });
    const limited = new GraphQLError('wrapped', { path: ['run'], originalError: new DomainError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 3 }) });
    expect(format(located, limited).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 3 });
  });

  it('turns anything unexpected into INTERNAL_SERVER_ERROR without details outside development', () => {
    const sqlError = new GraphQLError('wrapped', { path: ['run'], originalError: new Error('invalid input syntax for type uuid: SELECT * FROM "connection"') });
    const formatted = format({ ...located, message: 'invalid input syntax', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, sqlError);
    expect(formatted).toEqual({ message: 'Internal server error', locations: located.locations, path: ['run'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the details in development', () => {
    const dev = createErrorFormatter({ development: true, log: () => undefined });
    const formatted = dev({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, new Error('boom'));
    expect(formatted.extensions?.stacktrace).toEqual(['at x.ts:1']);
  });

  it('carries status and headers for request-level errors', () => {
    const error = toRequestGraphqlError(new DomainError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 2.2 }));
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2.2, http: { status: 429 } });
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('3');
  });
});

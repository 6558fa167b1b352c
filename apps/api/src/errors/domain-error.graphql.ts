import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, type DomainErrorCode } from '@tributary/core/shared';

/** HTTP status for a DomainError raised before execution (authentication, rate limit). */
const httpStatusOf: Partial<Record<DomainErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 };

/**
 * THE one place a DomainError becomes a GraphQL error: `extensions.code` is its code,
 * plus `fields` (VALIDATION_FAILED) and `retryAfterSeconds` (RATE_LIMITED).
 */
export function domainErrorExtensions(error: DomainError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.details.fields) extensions.fields = error.details.fields;
  if (error.details.retryAfterSeconds !== undefined) extensions.retryAfterSeconds = error.details.retryAfterSeconds;
  if (typeof error.details.required === 'string') extensions.required = error.details.required;
  return extensions;
}

/** For errors raised while building the request context: carries the HTTP status and headers. */
export function toRequestGraphqlError(error: DomainError): GraphQLError {
  const headers = new Map<string, string>();
  if (error.code === 'UNAUTHENTICATED') headers.set('www-authenticate', 'Bearer');
  if (error.details.retryAfterSeconds !== undefined) headers.set('retry-after', String(Math.max(1, Math.ceil(error.details.retryAfterSeconds))));
  return new GraphQLError(error.message, {
    extensions: { ...domainErrorExtensions(error), http: { status: httpStatusOf[error.code] ?? 400, headers } },
  });
}

/** Error codes this API sets itself besides DomainError codes (limits); passed through unchanged. */
const ownCodes = new Set([
  'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'PAGINATION_INVALID',
  'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'VALIDATION_FAILED', 'CONFLICT', 'RATE_LIMITED', 'NEEDS_REAUTH',
  'PROVIDER_ERROR', 'OAUTH_STATE_INVALID', 'OAUTH_DENIED', 'CONNECT_SESSION_INVALID', 'PRECONDITION_FAILED',
]);
/** Apollo's and graphql-js's own codes for bad requests: their messages are safe to show. */
const requestCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Apollo's `formatError`: DomainErrors get their code; everything unexpected (a bug, a
 * database error) becomes INTERNAL_SERVER_ERROR without message details outside
 * development, so neither stack traces nor SQL ever reach a client in production.
 */
export function createErrorFormatter(options: { development: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: domainErrorExtensions(original) };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (ownCodes.has(code) || requestCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.development ? formatted.extensions : extensions };
    }
    options.log(original);
    if (options.development) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

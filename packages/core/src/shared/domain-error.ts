/** Every failure a use case reports on purpose. The API maps `code` to GraphQL `extensions.code` in one place. */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NEEDS_REAUTH'
  | 'PROVIDER_ERROR'
  | 'OAUTH_STATE_INVALID'
  | 'OAUTH_DENIED'
  | 'CONNECT_SESSION_INVALID'
  | 'PRECONDITION_FAILED';

export interface FieldIssue {
  /** dotted path of the offending input field, e.g. "mapping.fields.email.transform" */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { fields?: FieldIssue[]; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Turn zod issues into field issues (`path` joined with dots, prefixed by `prefix`). */
export function toFieldIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): FieldIssue[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(input)',
    message: issue.message,
  }));
}

export type SandboxErrorCode = 'unknown_object' | 'invalid_count' | 'invalid_options';

/** The one error type of this package; `code` says what went wrong. */
export class SandboxError extends Error {
  constructor(
    readonly code: SandboxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}

import { randomUUID } from 'node:crypto';
import { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { type OAuthStore } from '../oauth/oauth-store';

export type CrmErrorCategory =
  | 'INVALID_AUTHENTICATION'
  | 'EXPIRED_AUTHENTICATION'
  | 'VALIDATION_ERROR'
  | 'OBJECT_NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITS'
  | 'INTERNAL_ERROR';

export interface CrmValidationIssue {
  message: string;
  code: string;
  context: { propertyName: string[] };
}

/** HubSpot's error envelope. */
export function sendCrmError(res: Response, status: number, category: CrmErrorCategory, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ status: 'error', message, correlationId: randomUUID(), category, ...extra });
}

export function sendCrmValidationError(res: Response, message: string, errors: CrmValidationIssue[] = []): void {
  sendCrmError(res, 400, 'VALIDATION_ERROR', message, { errors });
}

/** Accepts private-app tokens and live OAuth access tokens as `Authorization: Bearer`. */
export function createCrmAuthMiddleware(oauth: OAuthStore, privateAppTokens: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      sendCrmError(res, 401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found. This API supports OAuth 2.0 authentication and private app access tokens.');
      return;
    }
    const token = match[1];
    if (privateAppTokens.has(token)) return next();
    const check = oauth.checkAccessToken(token);
    if (check === 'valid') return next();
    if (check === 'expired') {
      sendCrmError(res, 401, 'EXPIRED_AUTHENTICATION', 'The OAuth token used to make this call expired.');
      return;
    }
    sendCrmError(res, 401, 'INVALID_AUTHENTICATION', 'Authentication credentials are invalid or have been revoked.');
  };
}

/** Last-resort handler: bad JSON bodies become 400 VALIDATION_ERROR, the rest 500. */
export const handleCrmError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (status >= 400 && status < 500) {
    sendCrmValidationError(res, error instanceof Error ? `Invalid input JSON: ${error.message}` : 'Invalid request');
    return;
  }
  sendCrmError(res, 500, 'INTERNAL_ERROR', error instanceof Error ? error.message : 'internal error');
};

import { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { type OAuthStore } from '../oauth/oauth-store';
import { isSecretEqual } from '../oauth/pkce';

export type ErpErrorCode =
  | 'unauthorized'
  | 'validation_error'
  | 'not_found'
  | 'idempotency_key_required'
  | 'idempotency_key_reused'
  | 'rate_limited'
  | 'service_unavailable'
  | 'internal_error';

export function sendErpError(res: Response, status: number, code: ErpErrorCode, message: string, field?: string): void {
  res.status(status).json({ error: field === undefined ? { code, message } : { code, message, field } });
}

/** Accepts `X-API-Key` or a live OAuth bearer token. */
export function createErpAuthMiddleware(oauth: OAuthStore, apiKeys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const apiKey = req.get('x-api-key');
    if (apiKey !== undefined) {
      if (apiKeys.some((key) => isSecretEqual(key, apiKey))) return next();
      return sendErpError(res, 401, 'unauthorized', 'The API key is invalid.');
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!bearer) return sendErpError(res, 401, 'unauthorized', 'Send an X-API-Key header or an OAuth bearer token.');
    const check = oauth.checkAccessToken(bearer);
    if (check === 'valid') return next();
    sendErpError(res, 401, 'unauthorized', check === 'expired' ? 'The access token has expired.' : 'The access token is invalid or revoked.');
  };
}

export const handleErpError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (status >= 400 && status < 500) return sendErpError(res, 400, 'validation_error', error instanceof Error ? error.message : 'invalid request');
  sendErpError(res, 500, 'internal_error', error instanceof Error ? error.message : 'internal error');
};

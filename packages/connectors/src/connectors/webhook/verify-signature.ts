import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest } from '../../contract';
import type { SignatureSettings } from './webhook-settings';

/**
 * Checks the HMAC-SHA256 of the raw body (prefixed by `<timestamp>.` when a timestamp header is
 * configured, which must also be within the tolerance). Comparison is constant-time; any of
 * several comma- or space-separated signatures may match.
 */
export function verifySignature(req: WebhookRequest, settings: SignatureSettings, secret: string, nowMs = Date.now()): boolean {
  const signatures = readHeader(req.headers, settings.header);
  if (!signatures || secret === '') return false;
  let signed = req.rawBody;
  if (settings.timestamp) {
    const stamp = readHeader(req.headers, settings.timestamp.header)?.trim();
    if (!stamp || !/^\d{1,16}$/.test(stamp)) return false;
    const sentMs = settings.timestamp.unit === 'seconds' ? Number(stamp) * 1000 : Number(stamp);
    if (Math.abs(nowMs - sentMs) > settings.timestamp.toleranceSeconds * 1000) return false;
    signed = `${stamp}.${req.rawBody}`;
  }
  const expected = createHmac('sha256', secret).update(signed, 'utf8').digest();
  return signatures
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .some((part) => matches(decodeSignature(part, settings), expected));
}

function decodeSignature(part: string, settings: SignatureSettings): Buffer | undefined {
  if (!part.startsWith(settings.prefix)) return undefined;
  const text = part.slice(settings.prefix.length);
  if (settings.encoding === 'hex') return /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0 ? Buffer.from(text, 'hex') : undefined;
  return /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
}

function matches(candidate: Buffer | undefined, expected: Buffer): boolean {
  // the digest length is public; only the bytes must be compared in constant time
  return candidate !== undefined && candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/** Header lookup that ignores case (servers may or may not lowercase names). */
export function readHeader(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

import { createHmac } from 'node:crypto';

export interface HubspotSignatureInput {
  clientSecret: string;
  method: string;
  /** The full target URI, e.g. `http://127.0.0.1:4000/webhooks/hubspot?x=1`. */
  uri: string;
  /** The exact raw request body. */
  body: string;
  /** Milliseconds since epoch, as sent in `X-HubSpot-Request-Timestamp`. */
  timestamp: number | string;
}

/** HubSpot v3 request signature: base64(HMAC-SHA256(secret, method + uri + body + timestamp)). */
export function signHubspotV3(input: HubspotSignatureInput): string {
  return createHmac('sha256', input.clientSecret)
    .update(`${input.method.toUpperCase()}${input.uri}${input.body}${String(input.timestamp)}`)
    .digest('base64');
}

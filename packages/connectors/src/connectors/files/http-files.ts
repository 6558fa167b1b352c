import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { classifyStatus, ConnectorError } from '../../engine/connector-error';
import { describeNetworkError } from '../../engine/retry-policy';

/** Streams an http(s) file; a non-2xx status or a failed connection is a classified ConnectorError. */
export async function openHttpFile(url: string, headers: Record<string, string>, signal: AbortSignal | undefined): Promise<Readable> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const network = describeNetworkError(error);
    throw new ConnectorError('network', `GET ${new URL(url).pathname} failed: ${network.reason}`, { retryable: network.retryable });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new ConnectorError(classifyStatus(response.status), `GET ${new URL(url).pathname} -> ${response.status}`, { status: response.status });
  }
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}

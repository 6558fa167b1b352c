import { GetObjectCommand, ListObjectsV2Command, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Credentials } from '../../contract';
import { classifyStatus, ConnectorError } from '../../engine/connector-error';
import { describeNetworkError } from '../../engine/retry-policy';
import { s3LocationPattern, type FilesSettings } from './files-settings';

/** One object of a location, opened only when its turn comes. */
export interface FileObject {
  name: string;
  open(): Promise<Readable>;
}

/**
 * The objects of an `s3://bucket/key` (one) or `s3://bucket/prefix/` (all under the prefix, in
 * key order, listed page by page) location, on an S3-compatible store. Basic credentials are the
 * access key id and secret; `anonymous` sends unsigned requests.
 */
export async function* listS3Objects(
  location: string,
  s3: FilesSettings['s3'],
  credentials: Credentials,
  signal: AbortSignal | undefined,
): AsyncGenerator<FileObject> {
  const match = s3LocationPattern.exec(location);
  if (!match) throw new ConnectorError('config', `not an s3://bucket/key location: "${location}"`);
  const [, bucket = '', key = ''] = match;
  const client = new S3Client(buildClientConfig(s3, credentials));
  const open = (objectKey: string) => () => getObject(client, bucket, objectKey, signal);
  try {
    if (key !== '' && !key.endsWith('/')) {
      yield { name: key, open: open(key) };
      return;
    }
    let token: string | undefined;
    do {
      const page = await send(
        () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, ContinuationToken: token }), { abortSignal: signal }),
        signal,
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && !object.Key.endsWith('/')) yield { name: object.Key, open: open(object.Key) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } finally {
    client.destroy();
  }
}

function buildClientConfig(s3: FilesSettings['s3'], credentials: Credentials): S3ClientConfig {
  const config: S3ClientConfig = { region: s3.region, forcePathStyle: s3.forcePathStyle, maxAttempts: 3 };
  if (s3.endpoint) config.endpoint = s3.endpoint;
  if (s3.anonymous) return { ...config, signer: { sign: async (request) => request } };
  if (credentials.type !== 'basic') {
    throw new ConnectorError('config', 'S3 locations need basic credentials (access key id and secret) unless s3.anonymous is set');
  }
  return { ...config, credentials: { accessKeyId: credentials.username, secretAccessKey: credentials.password } };
}

async function getObject(client: S3Client, bucket: string, key: string, signal: AbortSignal | undefined): Promise<Readable> {
  const response = await send(() => client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal }), signal);
  const body = response.Body;
  if (body instanceof Readable) return body;
  if (body && 'transformToWebStream' in body) return Readable.fromWeb(body.transformToWebStream() as WebReadableStream<Uint8Array>);
  throw new ConnectorError('provider_unavailable', `s3 object "${key}" came without a body`);
}

async function send<T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw classifyS3Error(error);
  }
}

/** S3 failures by error name and status; failures without a response are network errors. */
export function classifyS3Error(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const name = (error as { name?: unknown }).name;
  const status = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode;
  const said = `s3: ${typeof name === 'string' ? name : 'error'}${error instanceof Error ? `: ${error.message}` : ''}`;
  if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound') return new ConnectorError('not_found', said, { status: 404 });
  if (name === 'AccessDenied' || name === 'InvalidAccessKeyId' || name === 'SignatureDoesNotMatch') {
    return new ConnectorError('needs_reauth', said, { status: typeof status === 'number' ? status : 403 });
  }
  if (typeof status === 'number' && status >= 400) return new ConnectorError(classifyStatus(status), said, { status });
  const network = describeNetworkError(error);
  return new ConnectorError('network', `s3: ${network.reason}`, { retryable: network.retryable });
}

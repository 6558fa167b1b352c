import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test support: a tiny S3-compatible HTTP server (path-style GetObject and ListObjectsV2, S3 error
 * documents) for a fixed set of objects. It checks that requests are SigV4-signed with the expected
 * access key id; it does not recompute signatures. One key per list page, to exercise continuation.
 */
export interface S3TestServer {
  endpoint: string;
  requests: string[];
  close(): Promise<void>;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startS3TestServer(bucket: string, objects: Record<string, string>, accessKeyId: string): Promise<S3TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (!isSignedBy(req, accessKeyId)) return sendError(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
    const [, bucketName = '', ...keyParts] = url.pathname.split('/');
    if (bucketName !== bucket) return sendError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    if (keyParts.length === 0 || (keyParts.length === 1 && keyParts[0] === '')) {
      if (url.searchParams.get('list-type') !== '2') return sendError(res, 400, 'InvalidArgument', 'only ListObjectsV2 is served');
      return sendList(res, bucket, objects, url.searchParams.get('prefix') ?? '', url.searchParams.get('continuation-token'));
    }
    const key = decodeURIComponent(keyParts.join('/'));
    const body = objects[key];
    if (body === undefined) return sendError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
      etag: `"${createHash('md5').update(bytes).digest('hex')}"`,
      'last-modified': new Date(Date.UTC(2026, 0, 1)).toUTCString(),
    });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function isSignedBy(req: IncomingMessage, accessKeyId: string): boolean {
  const auth = req.headers.authorization ?? '';
  return auth.startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`) && /SignedHeaders=[^,]*host/.test(auth) && /Signature=[0-9a-f]{64}$/.test(auth);
}

function sendList(res: ServerResponse, bucket: string, objects: Record<string, string>, prefix: string, token: string | null) {
  const keys = Object.keys(objects).filter((key) => key.startsWith(prefix)).sort();
  const start = token ? Number(token) : 0;
  const page = keys.slice(start, start + 1);
  const truncated = start + 1 < keys.length;
  const contents = page
    .map((key) => `<Contents><Key>${xmlEscape(key)}</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>"0"</ETag><Size>${Buffer.byteLength(objects[key] ?? '')}</Size><StorageClass>STANDARD</StorageClass></Contents>`)
    .join('');
  const next = truncated ? `<NextContinuationToken>${start + 1}</NextContinuationToken>` : '';
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>1</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`,
  );
}

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><RequestId>test</RequestId></Error>`);
}

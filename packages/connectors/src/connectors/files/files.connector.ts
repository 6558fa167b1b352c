import { resolve } from 'node:path';
import { defineConnector } from '../../define';
import { filesSettingsSchema } from './files-settings';
import { buildFileStream } from './files.stream';

export interface FilesConnectorOptions {
  /** local paths resolve under this directory and may not leave it; undefined disables local files */
  localRoot: string | undefined;
}

/** The directory local paths are read from by default: `data/files` under the hub's working directory. */
export const defaultFilesRoot = resolve(process.cwd(), 'data', 'files');

/**
 * CSV and JSON Lines files from the hub's files directory, an http(s) URL or an S3-compatible
 * bucket, streamed with bounded memory and resumable by row offset. Streams come from the
 * settings; S3 access keys arrive as basic credentials.
 */
export function createFilesConnector(options: FilesConnectorOptions) {
  return defineConnector({
    id: 'files',
    label: 'Files (CSV / JSON Lines)',
    category: 'files',
    description: 'Imports CSV or JSONL files from a URL, an S3-compatible bucket or the hub files directory.',
    // the catalogue's default; signed S3 locations need basic credentials (access key id / secret): see resolveAuth
    auth: { type: 'none' },
    resolveAuth: (settings) => {
      const signedS3 = !settings.s3.anonymous && settings.streams.some((stream) => stream.location.startsWith('s3://'));
      return signedS3 ? { type: 'basic' } : { type: 'none' };
    },
    settings: filesSettingsSchema,
    streams: [],
    resolveStreams: (settings) => settings.streams.map((stream) => buildFileStream(stream, options.localRoot)),
  });
}

export const connector = createFilesConnector({ localRoot: defaultFilesRoot });

export default connector;

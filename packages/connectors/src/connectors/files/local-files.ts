import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { ConnectorError } from '../../engine/connector-error';

/**
 * Opens a local file that must sit under `root` (symlinks resolved): a tenant's settings
 * must never reach other files of the hub's machine.
 */
export async function openLocalFile(location: string, root: string | undefined): Promise<Readable> {
  if (!root) throw new ConnectorError('config', 'local files are disabled on this hub (no files root configured)');
  const path = location.startsWith('file://') ? new URL(location).pathname : location;
  let real: string;
  try {
    const realRoot = await realpath(root);
    // checked before touching the file (no probing outside the root) and after resolving symlinks
    assertInside(realRoot, resolve(realRoot, path), location);
    real = await realpath(resolve(realRoot, path));
    assertInside(realRoot, real, location);
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new ConnectorError(code === 'ENOENT' ? 'not_found' : 'config', `cannot open local file "${location}"`);
  }
  return createReadStream(real);
}

function assertInside(root: string, path: string, location: string): void {
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new ConnectorError('config', `local file "${location}" is outside the files root`);
  }
}

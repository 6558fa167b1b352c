import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runToCompletion } from './child-process';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `next build` the portal when there is no build yet or a source file is newer than it. */
export async function buildWebIfStale(repoRoot: string, log: (line: string) => void): Promise<void> {
  const webDir = path.join(repoRoot, 'apps/web');
  const buildId = path.join(webDir, '.next/BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestMtime(webDir)) return;
  log('building the portal (next build)');
  await runToCompletion(process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: webDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * `npm test`: every suite (unit, integration against real Postgres, e2e) with no
 * other set-up. Postgres is DATABASE_URL when set, else an embedded server under
 * .data/test-postgres; Chromium for the browser suite is installed from Debian's
 * packages when missing (the machine has no browser download).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function ensureChromium(): void {
  if (existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH) return;
  if (process.getuid?.() !== 0) {
    console.error('[test] Chromium is missing: install it with `sudo apt-get install -y chromium` (browser tests need it).');
    process.exit(1);
  }
  console.log('[test] installing Chromium from Debian packages (browser tests)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const browserSuite = existsSync(path.join(repoRoot, 'e2e/browser'));
if (browserSuite) ensureChromium();

const args = ['run', ...process.argv.slice(2)];
const result = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), ...args], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, CI: process.env.CI ?? 'true' },
});
process.exit(result.status ?? 1);

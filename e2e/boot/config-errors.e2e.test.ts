import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');

function boot(app: 'api' | 'worker', env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [tsx, `apps/${app}/src/main.ts`], { cwd: repoRoot, env: { PATH, HOME, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('an app with a bad environment', () => {
  it('the API stops at boot and names the malformed DATABASE_URL', () => {
    const result = boot('api', { DATABASE_URL: 'mysql://nope', APP_DATABASE_URL: 'postgresql://u@127.0.0.1/db', SESSION_SIGNING_SECRET: 'x'.repeat(40) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('api: invalid configuration');
    expect(result.stderr).toContain('DATABASE_URL: must be a URL like postgresql://');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('the worker stops at boot and names each missing variable', () => {
    const result = boot('worker', {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('worker: invalid configuration');
    expect(result.stderr).toContain('DATABASE_URL: is required but not set');
    expect(result.stderr).toContain('APP_DATABASE_URL: is required but not set');
  });
});

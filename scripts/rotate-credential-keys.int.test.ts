import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCredentialCipher } from '@tributary/core/credentials';
import { createPrivilegedClient } from '@tributary/db/admin';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const spec = (...keys: { id: string; key: Buffer }[]) => keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('rotatescript');
});
afterAll(async () => database?.drop());

function runScript(env: Record<string, string>) {
  const { DATABASE_URL: _omit, CREDENTIAL_KEYS: _keys, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/rotate-credential-keys.ts'], { cwd: repoRoot, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('scripts/rotate-credential-keys.ts', () => {
  it('re-encrypts under the first key and prints counts only', async () => {
    const db = createPrivilegedClient(database.adminUrl);
    try {
      const old = createCredentialCipher([k1]);
      const tenant = await db.tenant.create({ data: { slug: 'rot', name: 'Rot' } });
      const integration = await db.integration.create({ data: { key: 'x', connectorId: 'sandbox-erp', label: 'X', authType: 'apiKey', tenantId: tenant.id } });
      const envelope = old.encryptJson({ type: 'apiKey', apiKey: 'very-secret-key' });
      await db.connection.create({ data: { tenantId: tenant.id, integrationId: integration.id, name: 'c', credentialsEnc: envelope, credentialsKeyId: 'k1' } });

      const run = runScript({ DATABASE_URL: database.adminUrl, CREDENTIAL_KEYS: spec(k2, k1) });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('active key k2');
      expect(run.stdout).toContain('remaining 0');
      expect(`${run.stdout}${run.stderr}`).not.toContain('very-secret-key');
      const row = await db.connection.findFirstOrThrow();
      expect(row.credentialsKeyId).toBe('k2');
      expect(createCredentialCipher([k2]).decryptJson(row.credentialsEnc!)).toEqual({ type: 'apiKey', apiKey: 'very-secret-key' });
    } finally {
      await db.$disconnect();
    }
  });

  it('explains missing configuration', () => {
    const run = runScript({ CREDENTIAL_KEYS: 'k1:short' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL');
  });
});

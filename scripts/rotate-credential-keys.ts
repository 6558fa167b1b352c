/**
 * `npm run credentials:rotate`: re-encrypts every stored secret (connection credentials,
 * integration client secrets, pending OAuth verifiers, webhook signing secrets) under the
 * FIRST key of CREDENTIAL_KEYS, online, in small batches.
 *
 *   CREDENTIAL_KEYS="k2:<base64 32 bytes>,k1:<base64 32 bytes>"   (new key first, old keys after)
 *   DATABASE_URL=postgresql://owner@host/db                       (privileged: it works across tenants)
 *   ROTATION_BATCH_SIZE=100                                        (optional)
 *
 * Procedure: 1. give every process the new key first, keeping the old ones (reads keep working);
 * 2. run this until it reports `remaining 0`; 3. drop the old key from CREDENTIAL_KEYS.
 * It prints counts only, never a secret.
 */
import { ConfigError, parseEnv, postgresUrl } from '@tributary/config';
import { rotateCredentialKeys, type KeyRotationReport } from '@tributary/core/connections';
import { CredentialKeyError, createCredentialCipher, parseCredentialKeys } from '@tributary/core/credentials';
import { createPrivilegedClient } from '@tributary/db/admin';
import { z } from 'zod';

const rotationEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  CREDENTIAL_KEYS: z.string().min(1, 'must list the keys, new first: "newId:base64,oldId:base64"'),
  ROTATION_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
});

export async function runCredentialKeyRotation(env: Record<string, string | undefined>): Promise<KeyRotationReport> {
  const config = parseEnv('credentials:rotate', rotationEnvSchema, env);
  const cipher = createCredentialCipher(parseCredentialKeys(config.CREDENTIAL_KEYS));
  const privilegedDb = createPrivilegedClient(config.DATABASE_URL);
  try {
    return await rotateCredentialKeys({
      privilegedDb,
      cipher,
      batchSize: config.ROTATION_BATCH_SIZE,
      onProgress: ({ table, rotated }) => console.log(`credentials:rotate: ${table}: ${rotated} re-encrypted`),
    });
  } finally {
    await privilegedDb.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const report = await runCredentialKeyRotation(process.env);
    const counts = Object.entries(report.rotated).map(([table, n]) => `${table} ${n}`).join(', ');
    console.log(`credentials:rotate: active key ${report.activeKeyId}; re-encrypted ${counts}; skipped ${report.skipped}; remaining ${report.remaining}`);
    if (report.remaining > 0) {
      console.error('credentials:rotate: some secrets are still under an old key (written concurrently by a process without the new key?): run it again');
      process.exit(2);
    }
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof CredentialKeyError ? error.message : error);
    process.exit(1);
  }
}

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LocalSecrets {
  sessionSigningSecret: string;
  /** credential encryption keys, "keyId:base64key" */
  credentialKeys: string;
  appDbPassword: string;
}

/** Development secrets, generated once into <dataDir>/secrets.json (never committed). Production sets the variables itself. */
export async function loadLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    sessionSigningSecret: randomBytes(32).toString('base64url'),
    credentialKeys: `k1:${randomBytes(32).toString('base64')}`,
    appDbPassword: 'tributary_app',
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

import type { PrismaClient } from '@tributary/db';
import type { CredentialCipher } from '../credentials/index';

export interface KeyRotationDeps {
  /** the PRIVILEGED client (owner role): rotation re-encrypts every tenant's secrets */
  privilegedDb: PrismaClient;
  /** the active key first, then every key still found in stored envelopes */
  cipher: CredentialCipher;
  /** rows per batch (default 100) */
  batchSize?: number;
  /** breathing time between batches, to stay gentle on a live database (default 0) */
  pauseMs?: number;
  onProgress?: (progress: { table: RotatedTable; rotated: number }) => void;
}

export type RotatedTable = 'connection' | 'integration' | 'oauth_state' | 'webhook_subscription';

export interface KeyRotationReport {
  activeKeyId: string;
  rotated: Record<RotatedTable, number>;
  /** rows that changed under us (a token refresh re-encrypted them already) or could not be decrypted */
  skipped: number;
  /** envelopes still under another key after the last pass (0 when done) */
  remaining: number;
}

interface EnvelopeColumn {
  table: RotatedTable;
  /** the next rows after `afterId` whose envelope is not under the active key */
  find(afterId: string | undefined, take: number): Promise<{ id: string; envelope: string }[]>;
  /** writes the new envelope only if the row still holds the old one; false when it moved on */
  replace(id: string, previous: string, next: string): Promise<boolean>;
  countRemaining(): Promise<number>;
}

function describeColumns(db: PrismaClient, active: string): EnvelopeColumn[] {
  const prefix = `v1.${active}.`;
  const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});
  // credentialsKeyId is indexed and always written with the envelope
  const connectionWhere = { credentialsEnc: { not: null }, OR: [{ credentialsKeyId: null }, { credentialsKeyId: { not: active } }] };
  const integrationWhere = { oauthClientSecretEnc: { not: null }, NOT: { oauthClientSecretEnc: { startsWith: prefix } } };
  const stateWhere = { NOT: { verifierEnc: { startsWith: prefix } } };
  const webhookWhere = { secretEnc: { startsWith: 'v1.' }, NOT: { secretEnc: { startsWith: prefix } } };
  const asRows = (rows: { id: string; enc: string | null }[]) => rows.flatMap((r) => (r.enc ? [{ id: r.id, envelope: r.enc }] : []));
  return [
    {
      table: 'connection',
      find: async (id, take) =>
        asRows((await db.connection.findMany({ where: { ...connectionWhere, ...after(id) }, orderBy: { id: 'asc' }, take, select: { id: true, credentialsEnc: true } })).map((r) => ({ id: r.id, enc: r.credentialsEnc }))),
      replace: async (id, previous, next) =>
        (await db.connection.updateMany({ where: { id, credentialsEnc: previous }, data: { credentialsEnc: next, credentialsKeyId: active } })).count === 1,
      countRemaining: () => db.connection.count({ where: connectionWhere }),
    },
    {
      table: 'integration',
      find: async (id, take) =>
        asRows((await db.integration.findMany({ where: { ...integrationWhere, ...after(id) }, orderBy: { id: 'asc' }, take, select: { id: true, oauthClientSecretEnc: true } })).map((r) => ({ id: r.id, enc: r.oauthClientSecretEnc }))),
      replace: async (id, previous, next) => (await db.integration.updateMany({ where: { id, oauthClientSecretEnc: previous }, data: { oauthClientSecretEnc: next } })).count === 1,
      countRemaining: () => db.integration.count({ where: integrationWhere }),
    },
    {
      table: 'oauth_state',
      find: async (id, take) =>
        asRows((await db.oAuthState.findMany({ where: { ...stateWhere, ...after(id) }, orderBy: { id: 'asc' }, take, select: { id: true, verifierEnc: true } })).map((r) => ({ id: r.id, enc: r.verifierEnc }))),
      replace: async (id, previous, next) => (await db.oAuthState.updateMany({ where: { id, verifierEnc: previous }, data: { verifierEnc: next } })).count === 1,
      countRemaining: () => db.oAuthState.count({ where: stateWhere }),
    },
    {
      table: 'webhook_subscription',
      find: async (id, take) =>
        asRows((await db.webhookSubscription.findMany({ where: { ...webhookWhere, ...after(id) }, orderBy: { id: 'asc' }, take, select: { id: true, secretEnc: true } })).map((r) => ({ id: r.id, enc: r.secretEnc }))),
      replace: async (id, previous, next) => (await db.webhookSubscription.updateMany({ where: { id, secretEnc: previous }, data: { secretEnc: next } })).count === 1,
      countRemaining: () => db.webhookSubscription.count({ where: webhookWhere }),
    },
  ];
}

function reencrypt(cipher: CredentialCipher, envelope: string): string | undefined {
  try {
    return cipher.encrypt(cipher.decrypt(envelope));
  } catch {
    return undefined;
  }
}

/**
 * Re-encrypts every stored secret (connection credentials, integration client secrets, pending
 * OAuth verifiers, webhook signing secrets) under the cipher's active key, in small batches, online.
 * Reads keep working throughout because every configured key can decrypt; each row is replaced
 * only if it still holds the envelope that was read (compare-and-set), so a concurrent token
 * refresh is never overwritten. Runs across tenants, so it uses the PRIVILEGED path.
 * Order of operations: deploy every process with "new,old" keys, run this, then drop the old key.
 */
export async function rotateCredentialKeys(deps: KeyRotationDeps): Promise<KeyRotationReport> {
  const { privilegedDb, cipher } = deps;
  const batchSize = deps.batchSize ?? 100;
  const report: KeyRotationReport = { activeKeyId: cipher.activeKeyId, rotated: { connection: 0, integration: 0, oauth_state: 0, webhook_subscription: 0 }, skipped: 0, remaining: 0 };
  const columns = describeColumns(privilegedDb, cipher.activeKeyId);
  for (const column of columns) {
    let afterId: string | undefined;
    for (;;) {
      const rows = await column.find(afterId, batchSize);
      if (rows.length === 0) break;
      for (const row of rows) {
        const next = reencrypt(cipher, row.envelope);
        if (next && (await column.replace(row.id, row.envelope, next))) report.rotated[column.table] += 1;
        else report.skipped += 1;
      }
      afterId = rows[rows.length - 1]!.id;
      deps.onProgress?.({ table: column.table, rotated: report.rotated[column.table] });
      if (deps.pauseMs) await new Promise((resolve) => setTimeout(resolve, deps.pauseMs));
    }
  }
  for (const column of columns) report.remaining += await column.countRemaining();
  return report;
}

import { hashPassword } from '@tributary/core/auth';
import type { PrismaClient } from '@tributary/db';
import { generateApiKey } from '../auth/api-key-token';

export interface TenantFixture {
  tenantId: string;
  slug: string;
  password: string;
  users: { owner: string; admin: string; viewer: string };
  emails: { owner: string; admin: string; viewer: string };
  memberIds: { owner: string; admin: string; viewer: string };
  integrationId: string;
  sourceId: string;
  destinationId: string;
  syncId: string;
  runIds: string[];
  recordId: string;
  deadLetterId: string;
  auditEntryId: bigint;
  apiKeyId: string;
  /** a working `trb_...` key with all scopes */
  apiKeyToken: string;
  webhookSubscriptionId: string;
  webhookDeliveryId: string;
  driftEventId: string;
}

let hashed: Promise<string> | null = null;

/** One tenant with a little of everything, written on the privileged connection (test set-up only). */
export async function seedTenantFixture(privilegedDb: PrismaClient, slug: string, options: { runs?: number } = {}): Promise<TenantFixture> {
  const password = 'correct horse battery staple';
  hashed ??= hashPassword(password);
  const passwordHash = await hashed;
  const tenant = await privilegedDb.tenant.create({ data: { slug, name: `Tenant ${slug}` } });
  const tenantId = tenant.id;
  const emails = { owner: `owner@${slug}.test`, admin: `admin@${slug}.test`, viewer: `viewer@${slug}.test` };
  const people = await Promise.all(
    (['owner', 'admin', 'viewer'] as const).map(async (role) => {
      const user = await privilegedDb.user.create({ data: { email: emails[role], name: `${role} of ${slug}`, passwordHash } });
      const member = await privilegedDb.membership.create({ data: { tenantId, userId: user.id, role } });
      return { role, userId: user.id, memberId: member.id };
    }),
  );
  const find = (role: string) => people.find((p) => p.role === role)!;
  const integration = await privilegedDb.integration.create({ data: { tenantId, key: `own-${slug}`, connectorId: 'sandbox-crm', label: `Own OAuth app ${slug}`, authType: 'oauth2' } });
  const source = await privilegedDb.connection.create({ data: { tenantId, integrationId: integration.id, name: `CRM ${slug}` } });
  const destination = await privilegedDb.connection.create({ data: { tenantId, integrationId: integration.id, name: `Warehouse ${slug}` } });
  const sync = await privilegedDb.syncConfig.create({ data: { tenantId, name: `Contacts ${slug}`, sourceConnectionId: source.id, sourceStream: 'contacts', model: 'contact' } });
  await privilegedDb.mappingVersion.create({ data: { tenantId, syncConfigId: sync.id, version: 1, spec: { fields: {} } } });
  await privilegedDb.syncDestination.create({ data: { tenantId, syncConfigId: sync.id, connectionId: destination.id } });
  const runCount = options.runs ?? 3;
  const base = Date.parse('2026-11-01T00:00:00Z');
  await privilegedDb.syncRun.createMany({
    data: Array.from({ length: runCount }, (_, i) => ({
      tenantId,
      syncConfigId: sync.id,
      status: i % 5 === 0 ? ('failed' as const) : ('succeeded' as const),
      trigger: 'manual' as const,
      mode: 'full' as const,
      mappingVersion: 1,
      source: { connectionId: source.id, stream: 'contacts' },
      queuedAt: new Date(base + i * 60_000),
      startedAt: new Date(base + i * 60_000 + 1000),
      finishedAt: new Date(base + i * 60_000 + 5000),
      readCount: 10,
      createdCount: 7,
      unchangedCount: 2,
      failedCount: 1,
      pushed: { [destination.id]: { pushed: 9, skipped: 0, failed: 0, checksum: '123' } },
      sourceChecksum: '98765',
      reconciliation: { ok: true, checks: [{ name: 'read = created + updated + unchanged + failed', ok: true, expected: 10, actual: 10 }] },
    })),
  });
  const runs = await privilegedDb.syncRun.findMany({ where: { tenantId }, orderBy: { queuedAt: 'desc' }, select: { id: true } });
  const runId = runs[0]!.id;
  const record = await privilegedDb.canonicalRecord.create({ data: { tenantId, model: 'contact', identity: `ada@${slug}.test`, data: { email: `ada@${slug}.test` }, hash: 'h2', version: 2 } });
  for (const version of [1, 2]) {
    await privilegedDb.recordSource.create({
      data: { tenantId, canonicalRecordId: record.id, canonicalVersion: version, connectionId: source.id, syncConfigId: sync.id, stream: 'contacts', externalId: `ext-${slug}`, sourceHash: `s${version}`, runId, mappingVersion: 1 },
    });
    await privilegedDb.recordDelivery.create({ data: { tenantId, canonicalRecordId: record.id, canonicalVersion: version, connectionId: destination.id, idempotencyKey: `${slug}-${version}`, runId } });
  }
  const deadLetter = await privilegedDb.deadLetter.create({
    data: { tenantId, runId, syncConfigId: sync.id, connectionId: source.id, stage: 'validate', externalId: `bad-${slug}`, payload: { email: 'not-an-email' }, errorCode: 'invalid_email', errorMessage: 'email is not valid', errorPath: 'properties.email' },
  });
  const audit = await privilegedDb.auditLog.create({ data: { tenantId, actorKind: 'system', actorId: 'fixture', action: 'fixture.seeded', targetType: 'tenant', targetId: tenantId } });
  const key = generateApiKey();
  const apiKey = await privilegedDb.apiKey.create({ data: { tenantId, name: `key ${slug}`, prefix: key.prefix, secretHash: key.secretHash, scopes: ['read', 'write', 'admin'] } });
  const subscription = await privilegedDb.webhookSubscription.create({ data: { tenantId, url: `https://hooks.${slug}.test/in`, secretEnc: 'x', events: ['sync.run.failed'] } });
  const event = await privilegedDb.hubEvent.create({ data: { tenantId, type: 'sync.run.failed', subjectType: 'sync_run', subjectId: runId, payload: {} } });
  const delivery = await privilegedDb.webhookDelivery.create({ data: { tenantId, subscriptionId: subscription.id, eventId: event.id, eventType: 'sync.run.failed', payload: { runId } } });
  const drift = await privilegedDb.driftEvent.create({ data: { tenantId, connectionId: source.id, syncConfigId: sync.id, stream: 'contacts', changes: [{ kind: 'removed', path: 'properties.phone' }] } });
  return {
    tenantId,
    slug,
    password,
    users: { owner: find('owner').userId, admin: find('admin').userId, viewer: find('viewer').userId },
    emails,
    memberIds: { owner: find('owner').memberId, admin: find('admin').memberId, viewer: find('viewer').memberId },
    integrationId: integration.id,
    sourceId: source.id,
    destinationId: destination.id,
    syncId: sync.id,
    runIds: runs.map((r) => r.id),
    recordId: record.id,
    deadLetterId: deadLetter.id,
    auditEntryId: audit.id,
    apiKeyId: apiKey.id,
    apiKeyToken: key.token,
    webhookSubscriptionId: subscription.id,
    webhookDeliveryId: delivery.id,
    driftEventId: drift.id,
  };
}

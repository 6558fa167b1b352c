/**
 * What each GraphQL object type's resolvers receive as their parent: mostly Prisma rows
 * (codegen's `mappers` point here, see apps/api/codegen.ts).
 */
import type { Prisma } from '@tributary/db';
import type { ConnectorCatalogEntry } from '@tributary/connectors';
import type { LineageDelivery, LineageSource, RecordTrace } from '@tributary/core/sync';
import type { Caller } from '../auth/caller';

export type TenantRow = Prisma.TenantModel;
export type UserRow = Prisma.UserModel;
export type MemberRow = Prisma.MembershipModel;
export type ApiKeyRow = Prisma.ApiKeyModel;
export type ConnectionRow = Prisma.ConnectionModel;
export type SyncRow = Prisma.SyncConfigModel;
export type MappingVersionRow = Prisma.MappingVersionModel;
export type RunRow = Prisma.SyncRunModel;
export type RecordRow = Prisma.CanonicalRecordModel;
export type DeadLetterRow = Prisma.DeadLetterModel;
export type AuditEntryRow = Prisma.AuditLogModel;
export type WebhookSubscriptionRow = Prisma.WebhookSubscriptionModel;
export type WebhookDeliveryRow = Prisma.WebhookDeliveryModel;
export type DriftEventRow = Prisma.DriftEventModel;

/** An integration row with its connector's catalogue metadata (null when the connector is unknown). */
export type IntegrationRow = Prisma.IntegrationModel & { connector: ConnectorCatalogEntry | null };

/** The caller, resolved once per request. */
export type ViewerRow = Caller;

/** One version's lineage, as `traceRecord` of the sync engine reports it. */
export type RecordVersionLineageRow = RecordTrace['versions'][number];
export type LineageSourceRow = LineageSource;
export type LineageDeliveryRow = LineageDelivery;

export interface RunDeliveryRow {
  destinationId: string;
  pushed: number;
  skipped: number;
  failed: number;
  checksum: string | null;
}

export type SupportDeadLetterRow = DeadLetterRow & { tenant: { id: string; slug: string; name: string } };

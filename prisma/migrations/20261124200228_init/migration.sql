-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'admin', 'viewer');

-- CreateEnum
CREATE TYPE "TokenAuthMethod" AS ENUM ('client_secret_basic', 'client_secret_post');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('active', 'needs_reauth', 'disabled');

-- CreateEnum
CREATE TYPE "SyncMode" AS ENUM ('incremental', 'full');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('active', 'paused');

-- CreateEnum
CREATE TYPE "DriftPolicy" AS ENUM ('pause', 'alert', 'ignore');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "RunTrigger" AS ENUM ('schedule', 'manual', 'webhook', 'replay');

-- CreateEnum
CREATE TYPE "DeadLetterStage" AS ENUM ('extract', 'validate', 'map', 'load', 'deliver');

-- CreateEnum
CREATE TYPE "DeadLetterStatus" AS ENUM ('open', 'replayed', 'discarded');

-- CreateEnum
CREATE TYPE "DriftStatus" AS ENUM ('open', 'acknowledged', 'resolved');

-- CreateTable
CREATE TABLE "tenant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isStaff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdById" UUID,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID,
    "key" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "authType" TEXT NOT NULL,
    "oauthClientId" TEXT,
    "oauthClientSecretEnc" TEXT,
    "authorizeUrl" TEXT,
    "tokenUrl" TEXT,
    "scopes" TEXT[],
    "tokenAuthMethod" "TokenAuthMethod",
    "defaultSettings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "integrationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ConnectionStatus" NOT NULL DEFAULT 'active',
    "statusReason" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "credentialsEnc" TEXT,
    "credentialsKeyId" TEXT,
    "tokenExpiresAt" TIMESTAMPTZ(3),
    "lastRefreshedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_state" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "userId" UUID,
    "integrationId" UUID NOT NULL,
    "connectionId" UUID,
    "stateHash" TEXT NOT NULL,
    "verifierEnc" TEXT NOT NULL,
    "returnUrl" TEXT,
    "connectionName" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oauth_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_config" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sourceConnectionId" UUID NOT NULL,
    "sourceStream" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "mode" "SyncMode" NOT NULL DEFAULT 'incremental',
    "schedule" TEXT,
    "slaMinutes" INTEGER,
    "status" "SyncStatus" NOT NULL DEFAULT 'active',
    "pausedReason" TEXT,
    "driftPolicy" "DriftPolicy" NOT NULL DEFAULT 'alert',
    "mappingVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSuccessAt" TIMESTAMPTZ(3),
    "slaAlertedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sync_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_destination" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "syncConfigId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sync_destination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mapping_version" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "syncConfigId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "spec" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mapping_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checkpoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "syncConfigId" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "cursor" JSONB NOT NULL,
    "runId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_run" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "syncConfigId" UUID NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'queued',
    "trigger" "RunTrigger" NOT NULL,
    "mode" "SyncMode" NOT NULL,
    "mappingVersion" INTEGER NOT NULL,
    "source" JSONB NOT NULL,
    "destinations" JSONB NOT NULL DEFAULT '[]',
    "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "pages" INTEGER NOT NULL DEFAULT 0,
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "deletedCount" INTEGER NOT NULL DEFAULT 0,
    "pushed" JSONB NOT NULL DEFAULT '{}',
    "sourceChecksum" TEXT NOT NULL DEFAULT '0',
    "reconciliation" JSONB,
    "errorCode" TEXT,
    "error" TEXT,
    "attempt" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "sync_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "canonical_record" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "model" TEXT NOT NULL,
    "identity" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "canonical_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_source" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "canonicalRecordId" UUID NOT NULL,
    "canonicalVersion" INTEGER NOT NULL,
    "connectionId" UUID NOT NULL,
    "syncConfigId" UUID,
    "stream" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "runId" UUID,
    "mappingVersion" INTEGER NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_delivery" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "canonicalRecordId" UUID NOT NULL,
    "canonicalVersion" INTEGER NOT NULL,
    "connectionId" UUID NOT NULL,
    "externalId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "runId" UUID,
    "deliveredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dead_letter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "runId" UUID,
    "syncConfigId" UUID,
    "connectionId" UUID,
    "stage" "DeadLetterStage" NOT NULL,
    "externalId" TEXT,
    "canonicalRecordId" UUID,
    "destinationConnectionId" UUID,
    "payload" JSONB NOT NULL,
    "errorCode" TEXT NOT NULL,
    "errorMessage" TEXT NOT NULL,
    "errorPath" TEXT,
    "errorDetails" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "status" "DeadLetterStatus" NOT NULL DEFAULT 'open',
    "lastReplayedAt" TIMESTAMPTZ(3),
    "replayRunId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schema_snapshot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "schema" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schema_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "drift_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "syncConfigId" UUID,
    "stream" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "status" "DriftStatus" NOT NULL DEFAULT 'open',
    "detectedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drift_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "inbound_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hub_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMPTZ(3),

    CONSTRAINT "hub_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secretEnc" TEXT NOT NULL,
    "events" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenantId" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "capacity" DOUBLE PRECISION NOT NULL,
    "refillPerMs" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pausedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_slug_key" ON "tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "membership_userId_idx" ON "membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "membership_tenantId_userId_key" ON "membership"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");

-- CreateIndex
CREATE INDEX "api_key_tenantId_createdAt_idx" ON "api_key"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "integration_tenantId_key_key" ON "integration"("tenantId", "key");

-- CreateIndex
CREATE INDEX "connection_tenantId_createdAt_idx" ON "connection"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "connection_credentialsKeyId_idx" ON "connection"("credentialsKeyId");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_state_stateHash_key" ON "oauth_state"("stateHash");

-- CreateIndex
CREATE INDEX "oauth_state_tenantId_createdAt_idx" ON "oauth_state"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "sync_config_tenantId_createdAt_idx" ON "sync_config"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "sync_destination_tenantId_idx" ON "sync_destination"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "sync_destination_syncConfigId_connectionId_key" ON "sync_destination"("syncConfigId", "connectionId");

-- CreateIndex
CREATE INDEX "mapping_version_tenantId_idx" ON "mapping_version"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "mapping_version_syncConfigId_version_key" ON "mapping_version"("syncConfigId", "version");

-- CreateIndex
CREATE INDEX "checkpoint_tenantId_idx" ON "checkpoint"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "checkpoint_syncConfigId_stream_key" ON "checkpoint"("syncConfigId", "stream");

-- CreateIndex
CREATE INDEX "sync_run_tenantId_queuedAt_idx" ON "sync_run"("tenantId", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "sync_run_syncConfigId_queuedAt_idx" ON "sync_run"("syncConfigId", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "sync_run_tenantId_status_queuedAt_idx" ON "sync_run"("tenantId", "status", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "canonical_record_tenantId_model_updatedAt_idx" ON "canonical_record"("tenantId", "model", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "canonical_record_tenantId_model_identity_key" ON "canonical_record"("tenantId", "model", "identity");

-- CreateIndex
CREATE INDEX "record_source_tenantId_connectionId_externalId_idx" ON "record_source"("tenantId", "connectionId", "externalId");

-- CreateIndex
CREATE INDEX "record_source_canonicalRecordId_canonicalVersion_idx" ON "record_source"("canonicalRecordId", "canonicalVersion");

-- CreateIndex
CREATE INDEX "record_source_runId_idx" ON "record_source"("runId");

-- CreateIndex
CREATE INDEX "record_delivery_canonicalRecordId_canonicalVersion_idx" ON "record_delivery"("canonicalRecordId", "canonicalVersion");

-- CreateIndex
CREATE INDEX "record_delivery_tenantId_connectionId_externalId_idx" ON "record_delivery"("tenantId", "connectionId", "externalId");

-- CreateIndex
CREATE INDEX "record_delivery_runId_idx" ON "record_delivery"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "record_delivery_tenantId_idempotencyKey_key" ON "record_delivery"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "dead_letter_tenantId_status_createdAt_idx" ON "dead_letter"("tenantId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "dead_letter_runId_idx" ON "dead_letter"("runId");

-- CreateIndex
CREATE INDEX "dead_letter_syncConfigId_status_idx" ON "dead_letter"("syncConfigId", "status");

-- CreateIndex
CREATE INDEX "dead_letter_status_createdAt_idx" ON "dead_letter"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "schema_snapshot_tenantId_connectionId_stream_capturedAt_idx" ON "schema_snapshot"("tenantId", "connectionId", "stream", "capturedAt" DESC);

-- CreateIndex
CREATE INDEX "drift_event_tenantId_status_detectedAt_idx" ON "drift_event"("tenantId", "status", "detectedAt" DESC);

-- CreateIndex
CREATE INDEX "inbound_event_tenantId_receivedAt_idx" ON "inbound_event"("tenantId", "receivedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "inbound_event_connectionId_providerEventId_key" ON "inbound_event"("connectionId", "providerEventId");

-- CreateIndex
CREATE INDEX "hub_event_tenantId_createdAt_idx" ON "hub_event"("tenantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "hub_event_dispatchedAt_createdAt_idx" ON "hub_event"("dispatchedAt", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_subscription_tenantId_idx" ON "webhook_subscription"("tenantId");

-- CreateIndex
CREATE INDEX "webhook_delivery_tenantId_createdAt_idx" ON "webhook_delivery"("tenantId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_subscriptionId_eventId_key" ON "webhook_delivery"("subscriptionId", "eventId");

-- CreateIndex
CREATE INDEX "audit_log_tenantId_createdAt_idx" ON "audit_log"("tenantId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connection" ADD CONSTRAINT "connection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connection" ADD CONSTRAINT "connection_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_config" ADD CONSTRAINT "sync_config_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_config" ADD CONSTRAINT "sync_config_sourceConnectionId_fkey" FOREIGN KEY ("sourceConnectionId") REFERENCES "connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_destination" ADD CONSTRAINT "sync_destination_syncConfigId_fkey" FOREIGN KEY ("syncConfigId") REFERENCES "sync_config"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_destination" ADD CONSTRAINT "sync_destination_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mapping_version" ADD CONSTRAINT "mapping_version_syncConfigId_fkey" FOREIGN KEY ("syncConfigId") REFERENCES "sync_config"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checkpoint" ADD CONSTRAINT "checkpoint_syncConfigId_fkey" FOREIGN KEY ("syncConfigId") REFERENCES "sync_config"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_run" ADD CONSTRAINT "sync_run_syncConfigId_fkey" FOREIGN KEY ("syncConfigId") REFERENCES "sync_config"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

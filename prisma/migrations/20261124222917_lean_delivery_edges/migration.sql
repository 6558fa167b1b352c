-- The hot path writes a record_delivery row per record per destination, and a record_source row
-- per changed record: every index on them is paid on each of those writes (measured: the five
-- indexes of record_delivery made recording a delivery cost more than the warehouse write itself).
--  * record_delivery is keyed by (record, version, destination): the idempotency key is derived
--    from exactly that triple, so the old surrogate id, the (tenant, key) unique index and the
--    (record, version) index all collapse into one primary key. The key stays as a column (the
--    API shows it; destinations received it).
--  * No read path filters lineage or deliveries by run, or deliveries by the destination's own id:
--    those indexes go (add one back with the feature that needs it).
DROP INDEX "record_delivery_canonicalRecordId_canonicalVersion_idx";
DROP INDEX "record_delivery_runId_idx";
DROP INDEX "record_delivery_tenantId_connectionId_externalId_idx";
DROP INDEX "record_delivery_tenantId_idempotencyKey_key";
DROP INDEX "record_source_runId_idx";

ALTER TABLE "record_delivery" DROP CONSTRAINT "record_delivery_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "record_delivery_pkey" PRIMARY KEY ("canonicalRecordId", "canonicalVersion", "connectionId");

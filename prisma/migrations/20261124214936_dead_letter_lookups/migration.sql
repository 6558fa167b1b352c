-- CreateIndex
CREATE INDEX "dead_letter_syncConfigId_externalId_idx" ON "dead_letter"("syncConfigId", "externalId");

-- CreateIndex
CREATE INDEX "dead_letter_canonicalRecordId_destinationConnectionId_idx" ON "dead_letter"("canonicalRecordId", "destinationConnectionId");

-- Tenant isolation in the database.
--
-- The application connects as `tributary_app` (no BYPASSRLS). Every tenant table
-- has RLS enabled and FORCED; its policy admits only rows whose "tenantId" equals
-- the transaction-local setting app.tenant_id (set by withTenant). With no tenant
-- set, NULLIF(...) is NULL and no row matches. Migrations and support-staff
-- operations use the privileged connection (DATABASE_URL's owner role).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tributary_app') THEN
    CREATE ROLE tributary_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

GRANT USAGE ON SCHEMA public TO tributary_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tributary_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tributary_app;
DO $$
BEGIN
  -- absent while Prisma validates migrations against its shadow database
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM tributary_app;
  END IF;
END
$$;

ALTER TABLE "membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "membership" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "api_key" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "api_key" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "api_key" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "connection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "connection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "connection" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "oauth_state" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "oauth_state" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "oauth_state" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "sync_config" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sync_config" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "sync_config" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "sync_destination" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sync_destination" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "sync_destination" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "mapping_version" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "mapping_version" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "mapping_version" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "checkpoint" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "checkpoint" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "checkpoint" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "sync_run" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sync_run" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "sync_run" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "canonical_record" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "canonical_record" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "canonical_record" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "record_source" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "record_source" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "record_source" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "record_delivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "record_delivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "record_delivery" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "dead_letter" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dead_letter" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "dead_letter" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "schema_snapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "schema_snapshot" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "schema_snapshot" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "drift_event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "drift_event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "drift_event" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "inbound_event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "inbound_event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "inbound_event" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "hub_event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "hub_event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "hub_event" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "webhook_subscription" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "webhook_subscription" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "webhook_subscription" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "webhook_delivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "webhook_delivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "webhook_delivery" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "audit_log" USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());

-- the tenant row itself
ALTER TABLE "tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "tenant" USING ("id" = current_tenant_id()) WITH CHECK ("id" = current_tenant_id());

-- the catalogue: global entries (tenantId null) are visible to every tenant, writable by none
ALTER TABLE "integration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "integration" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalogue_read ON "integration" FOR SELECT USING ("tenantId" IS NULL OR "tenantId" = current_tenant_id());
CREATE POLICY tenant_write ON "integration" FOR INSERT WITH CHECK ("tenantId" = current_tenant_id());
CREATE POLICY tenant_update ON "integration" FOR UPDATE USING ("tenantId" = current_tenant_id()) WITH CHECK ("tenantId" = current_tenant_id());
CREATE POLICY tenant_delete ON "integration" FOR DELETE USING ("tenantId" = current_tenant_id());

-- Lookups that must find a tenant before one is known. Each is narrow, returns
-- only what its caller needs, and runs with the owner's rights.

-- an API key by its public prefix (the API then checks the secret's hash)
CREATE FUNCTION resolve_api_key(p_prefix text)
  RETURNS TABLE (id uuid, "tenantId" uuid, "secretHash" text, scopes text[], "revokedAt" timestamptz, "expiresAt" timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT k.id, k."tenantId", k."secretHash", k.scopes, k."revokedAt", k."expiresAt" FROM api_key k WHERE k.prefix = p_prefix $$;

-- the tenant of a pending OAuth authorization, by the hash of its state
CREATE FUNCTION resolve_oauth_state(p_state_hash text)
  RETURNS TABLE (id uuid, "tenantId" uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT s.id, s."tenantId" FROM oauth_state s WHERE s."stateHash" = p_state_hash $$;

-- the tenant of a connection (inbound webhooks arrive addressed to a connection)
CREATE FUNCTION resolve_connection_tenant(p_connection_id uuid)
  RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT c."tenantId" FROM connection c WHERE c.id = p_connection_id $$;

-- the tenants a person belongs to, with the role (sign-in)
CREATE FUNCTION user_memberships(p_user_id uuid)
  RETURNS TABLE ("tenantId" uuid, slug text, name text, role "Role")
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT t.id, t.slug, t.name, m.role FROM membership m JOIN tenant t ON t.id = m."tenantId" WHERE m."userId" = p_user_id ORDER BY t.name $$;

-- tenant ids for system sweeps (SLA checks, schedules); the sweep then works inside withTenant
CREATE FUNCTION list_tenant_ids()
  RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT id FROM tenant ORDER BY id $$;

REVOKE ALL ON FUNCTION resolve_api_key(text), resolve_oauth_state(text), resolve_connection_tenant(uuid), user_memberships(uuid), list_tenant_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_api_key(text), resolve_oauth_state(text), resolve_connection_tenant(uuid), user_memberships(uuid), list_tenant_ids(), current_tenant_id() TO tributary_app;

-- tables created by later migrations get the same grants
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tributary_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tributary_app;

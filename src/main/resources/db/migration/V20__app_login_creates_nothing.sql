-- The application's pool signs in as a member of rhomboid_app (see AppLogin): it reads and writes rows, and
-- creates nothing. PostgreSQL 15 and newer already deny CREATE on the public schema to PUBLIC; older servers
-- still allow it, which would let an injected statement plant a function or table for the owner to run into.
-- Temporary tables are searched before the schema: one named audit_event would swallow a pooled connection's
-- audit rows. Neither privilege is used by Rhomboid. (A non-owner running this only gets a warning.)
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

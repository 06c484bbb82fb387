-- The data version is bumped by the application, not by triggers: a distributed PostgreSQL
-- (Citus) refuses statement triggers with transition tables and deferred constraint triggers
-- on distributed tables. Every write goes through the request context's write transaction,
-- which raises the municipality's data_version as its last statement when it changed a row
-- (src/server/request-context.ts, src/server/db/data-version.ts). data_version stays: one row
-- per municipality, keyed by municipality_id.
DO $$
DECLARE
  tracked record;
BEGIN
  FOR tracked IN
    SELECT t.tgname, c.relname
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND t.tgname LIKE 'data_version\_%'
     ORDER BY c.relname, t.tgname
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', tracked.tgname, tracked.relname);
  END LOOP;
END
$$;

DROP TABLE data_change;
DROP FUNCTION note_data_change();
DROP FUNCTION note_user_change();
DROP FUNCTION apply_data_change();

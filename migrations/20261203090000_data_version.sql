-- A municipality's data version: a number that grows by one with every committed transaction
-- that changed the municipality's data. Computed answers (the follow-up view) are cached by it:
-- an answer computed at version n is still right while the version is n, whichever process or
-- server wrote since. The database keeps it, so no write path can forget it.
--
-- How: after each statement on a tracked table, note_data_change() records the municipalities
-- the statement touched in data_change (one row per transaction and municipality). At commit a
-- deferred trigger on those rows bumps data_version and removes them. The version row is so
-- locked only for the moment of the commit: writers do not wait for each other's long
-- transactions (an import), and the lock, taken last, cannot deadlock with their other locks.
--
-- Not tracked: audit_log (the record of changes, not data that answers are made of) and
-- ledger_transaction (the ledger_balance rows written with it carry its sums; the transaction
-- lists are never cached). A table added later that holds a municipality's data gets the
-- triggers in its own migration (test/server/data-version.test.ts names any that lacks them).
CREATE TABLE data_version (
  municipality_id uuid PRIMARY KEY,
  version bigint NOT NULL
);

CREATE TABLE data_change (
  municipality_id uuid NOT NULL,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (municipality_id, transaction_id)
);

CREATE FUNCTION note_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO data_change (municipality_id)
      SELECT DISTINCT municipality_id FROM old_rows ORDER BY 1
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO data_change (municipality_id)
      SELECT DISTINCT municipality_id FROM new_rows ORDER BY 1
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION apply_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_version (municipality_id, version) VALUES (NEW.municipality_id, 1)
    ON CONFLICT (municipality_id) DO UPDATE SET version = data_version.version + 1;
  DELETE FROM data_change
    WHERE municipality_id = NEW.municipality_id AND transaction_id = NEW.transaction_id;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER data_change_at_commit
  AFTER INSERT ON data_change
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION apply_data_change();

DO $$
DECLARE
  tracked text;
BEGIN
  FOREACH tracked IN ARRAY ARRAY[
    'board', 'org_unit', 'account_range', 'account', 'allocation',
    'budget_version', 'budget_line', 'budget_line_month', 'budget_text',
    'budget_planned_result', 'frame_step', 'unit_frame',
    'investment_line', 'investment_follow_up',
    'import_batch', 'import_batch_month', 'ledger_month', 'ledger_balance',
    'ledger_import_setting', 'unit_code_mapping',
    'forecast', 'follow_up_comment', 'follow_up_report', 'follow_up_month_event',
    'follow_up_text', 'follow_up_threshold', 'role_grant'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER data_version_insert AFTER INSERT ON %I '
      'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()',
      tracked);
    EXECUTE format(
      'CREATE TRIGGER data_version_update AFTER UPDATE ON %I '
      'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()',
      tracked);
    EXECUTE format(
      'CREATE TRIGGER data_version_delete AFTER DELETE ON %I '
      'REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()',
      tracked);
  END LOOP;
END
$$;

-- Users belong to no municipality, but answers show their names ("sparad av"): a changed user
-- changes the data of the municipalities the user holds roles in.
CREATE FUNCTION note_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_change (municipality_id)
    SELECT DISTINCT g.municipality_id
      FROM new_rows u JOIN role_grant g ON g.user_id = u.id
     ORDER BY 1
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER data_version_update AFTER UPDATE ON app_user
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_user_change();

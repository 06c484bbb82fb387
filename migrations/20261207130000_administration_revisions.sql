-- Revisions for the administration's saves, so that two administrators saving the same thing
-- at once cannot overwrite each other unseen: a save names the revision it started from and is
-- a compare-and-set in the database (UPDATE ... WHERE revision = base); the loser is refused.
-- updated_at and updated_by (a user name) say who saved the revision and when.

-- A department or unit: its fields, validity and further ledger codes.
ALTER TABLE org_unit
  ADD COLUMN revision integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz,
  ADD COLUMN updated_by text;

-- A user: details, single sign-on value, disabled, password reset, and their roles (a role
-- given or taken in any municipality is a new revision of the user).
ALTER TABLE app_user
  ADD COLUMN revision integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz,
  ADD COLUMN updated_by text;

-- The account-group mapping of a municipality (its account_range rows) as one thing saved
-- whole. No row: never saved by an administrator (revision 0 to the application).
CREATE TABLE account_mapping (
  municipality_id uuid PRIMARY KEY REFERENCES municipality (id),
  revision integer NOT NULL CHECK (revision > 0),
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);

CREATE TRIGGER data_version_insert AFTER INSERT ON account_mapping
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER data_version_update AFTER UPDATE ON account_mapping
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER data_version_delete AFTER DELETE ON account_mapping
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();

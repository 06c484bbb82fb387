-- Revisions for the budget's saves, so that two people never overwrite each other unseen: a
-- save names the revision it was made on, and is refused (409) when that is no longer the
-- stored one. The save's first write raises the revision where it still is the one named
-- (UPDATE ... WHERE revision = $base), so of two saves made at once one waits for the other's
-- commit and is then refused.

-- A version's figures (cells, lines per account, phasing, planned result and unit frames, the
-- decision) share one revision, and its investment budget has its own: the two are edited in
-- different places of the page, and neither changes the other.
ALTER TABLE budget_version
  ADD COLUMN revision integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz,
  ADD COLUMN updated_by text,
  ADD COLUMN investment_revision integer NOT NULL DEFAULT 1,
  ADD COLUMN investment_updated_at timestamptz,
  ADD COLUMN investment_updated_by text;

-- The frame walk of a board: one revision for all its years, because the walks of neighbouring
-- budget years share years (2026's walk sets 2027 and 2028, as 2027's does). No row: never saved
-- since revisions began.
CREATE TABLE frame_walk_revision (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by text,
  PRIMARY KEY (municipality_id, board_id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- A text of the budget document: its own revision. An emptied text keeps its row (body '') so
-- that its revision keeps counting.
ALTER TABLE budget_text ADD COLUMN revision integer NOT NULL DEFAULT 1;

-- The investment follow-up is saved a report month at a time: a revision per version, year and
-- report month.
CREATE TABLE investment_follow_up_month (
  municipality_id uuid NOT NULL,
  budget_version_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by text,
  PRIMARY KEY (municipality_id, budget_version_id, year, report_month),
  FOREIGN KEY (municipality_id, budget_version_id)
    REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
  tracked text;
BEGIN
  FOREACH tracked IN ARRAY ARRAY['frame_walk_revision', 'investment_follow_up_month'] LOOP
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

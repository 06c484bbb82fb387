-- A unit's comment on its full-year forecast ("Kommentar till prognosen", 003's Årsprognos:
-- "Utredning vuxen -0,3 mnkr" and why), beside the comment on the variance and the action.
-- The kind's check was named by PostgreSQL (table_column_check) in the initial schema.
ALTER TABLE follow_up_comment DROP CONSTRAINT follow_up_comment_kind_check;
ALTER TABLE follow_up_comment ADD CONSTRAINT follow_up_comment_kind_check
  CHECK (kind IN ('variance', 'action', 'forecast'));

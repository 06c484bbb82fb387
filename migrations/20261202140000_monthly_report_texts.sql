-- The controller's own texts of a monthly result report (Resultat, Årsprognos,
-- Investeringsverksamhet, the summary for the executive board), per board and report month.
CREATE TABLE follow_up_text (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  section text NOT NULL CHECK (section IN ('result', 'forecast', 'investments', 'summary')),
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, board_id, year, report_month, section),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- The controller's expected but undecided change to a board's kommunbidrag (003: "Nämnden har
-- fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag"), entered at a report month: the
-- forecast of the kommunbidrag line is the revised allocation plus the latest change entered
-- at or before the report month. Signed öre in result sign (less kommunbidrag is -); zero
-- withdraws an earlier month's change. Saved as a compare-and-set on its revision.
CREATE TABLE allocation_forecast (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  amount_ore bigint NOT NULL,
  -- What the change is and why; required unless the change is zero.
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, board_id, year, report_month),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  CHECK (amount_ore = 0 OR btrim(body) <> '')
);

-- The monthly follow-up: each unit's report for a month (its forecasts per account group, its
-- comment and action on the variance, and its status), the controller's thresholds for when
-- a comment is required, and the month's publication (which locks it) and reopenings.

-- Who saved a forecast or a comment last, and a revision number that each save raises: a save
-- made on an older revision is refused, so two people never overwrite each other unseen.
ALTER TABLE forecast ADD COLUMN revision integer NOT NULL DEFAULT 1;
-- How the figure came about: a proposal's method taken as it was, or entered.
ALTER TABLE forecast ADD COLUMN method text NOT NULL DEFAULT 'entered'
  CHECK (method IN ('entered', 'budget', 'actual-plus-remaining-budget', 'run-rate',
    'last-year-pattern', 'imported'));
ALTER TABLE follow_up_comment ADD COLUMN revision integer NOT NULL DEFAULT 1;

-- A unit's report for a month: Ej påbörjad is the absence of a row.
CREATE TABLE follow_up_report (
  municipality_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  -- The controller's remark when returned; kept while the unit reworks it.
  remark text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, org_unit_id, year, report_month),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- A board's month: published (locked) or open, and its history of publishing and reopening.
CREATE TABLE follow_up_month_event (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL,
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  kind text NOT NULL CHECK (kind IN ('publish', 'reopen')),
  reason text,
  at timestamptz NOT NULL,
  by_user text,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);
CREATE INDEX follow_up_month_event_month
  ON follow_up_month_event (municipality_id, board_id, year, report_month, at);

-- When a unit must comment: a variance (year to date, or of the forecast) beyond an amount or
-- a share of the budget. Null: that limit is not used.
CREATE TABLE follow_up_threshold (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  amount_ore bigint CHECK (amount_ore IS NULL OR amount_ore >= 0),
  basis_points integer CHECK (basis_points IS NULL OR basis_points >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, board_id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

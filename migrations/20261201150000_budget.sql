-- The budget cycle: budget versions (Förslag, Beslutad, Reviderad) with their decision and the
-- one follow-up uses, phasing profiles kept with each line, the frame walk (kommunbidrag), the
-- budget document's texts, and the investment budget.

-- Förslag (draft), Beslutad (adopted), Reviderad (revised, a later decision for the same
-- year), Ersatt (superseded). Which one the follow-up compares against is its own flag, so a
-- revised budget can take over from the adopted one.
ALTER TABLE budget_version DROP CONSTRAINT budget_version_status_check;
ALTER TABLE budget_version ADD CONSTRAINT budget_version_status_check
  CHECK (status IN ('draft', 'adopted', 'revised', 'superseded'));
ALTER TABLE budget_version
  ADD COLUMN in_follow_up boolean NOT NULL DEFAULT false,
  -- The decision: by whom (the board, "SN 2025-10-21 § 85") and when.
  ADD COLUMN decided_by text,
  ADD COLUMN decided_at date,
  -- The version this one was started from, if any.
  ADD COLUMN based_on_version_id uuid,
  ADD COLUMN created_by text,
  ADD CONSTRAINT budget_version_follow_up_decided CHECK (NOT in_follow_up OR status <> 'draft');
UPDATE budget_version SET in_follow_up = true WHERE status = 'adopted';
DROP INDEX budget_version_adopted;
-- At most one version per board and budget year is the one follow-up uses.
CREATE UNIQUE INDEX budget_version_in_follow_up
  ON budget_version (municipality_id, board_id, budget_year) WHERE in_follow_up;

-- A line's phasing profile: straight, calendar days, working days, last year's actual
-- pattern, or explicit weights (twelve non-negative integers, kept so a changed amount is
-- phased the same way).
ALTER TABLE budget_line DROP CONSTRAINT budget_line_phasing_check;
ALTER TABLE budget_line ADD CONSTRAINT budget_line_phasing_check
  CHECK (phasing IN ('straight', 'weights', 'calendar-days', 'working-days', 'last-year'));
ALTER TABLE budget_line ADD COLUMN phasing_weights jsonb;

-- The frame walk: the steps from one year's allocation to the next (the year they lead to).
-- index: allocation x PKV (basis points, 310 = 3,10 %), rounded to whole tkr; volume and
-- adjustment: entered amounts, an adjustment with its text.
CREATE TABLE frame_step (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL,
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  kind text NOT NULL CHECK (kind IN ('index', 'volume', 'adjustment')),
  index_basis_points integer CHECK ((kind = 'index') = (index_basis_points IS NOT NULL)),
  amount_ore bigint NOT NULL,
  text text,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);
CREATE INDEX frame_step_board_year ON frame_step (municipality_id, board_id, year);

-- The budget document's own texts (inledning, nämndens uppdrag, the frame walk's prose as
-- edited, a comment per account group, ...), per board and budget year.
CREATE TABLE budget_text (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 1990 AND 2199),
  section text NOT NULL CHECK (section <> ''),
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, board_id, budget_year, section),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- The investment budget: an amount per line and year, for the budget year and four plan
-- years, as decided with a budget version. Category and line as in the budget document
-- (Reinvestering / Inventarier).
CREATE TABLE investment_line (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL,
  budget_version_id uuid NOT NULL,
  category text NOT NULL CHECK (
    category IN ('expansion', 'image', 'reinvestment', 'adaptation')
  ),
  name text NOT NULL CHECK (name <> ''),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  amount_ore bigint NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, budget_version_id, category, name, year),
  FOREIGN KEY (municipality_id, budget_version_id)
    REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE
);

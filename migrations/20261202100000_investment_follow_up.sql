-- The follow-up of the investment budget: per investment line of the budget version the
-- follow-up uses, the actual year to date and the full-year forecast as a controller entered
-- them at a report month, with a comment. Expenditure is positive, as in investment_line.
-- The ledger import keeps result accounts only (investments are booked on balance accounts),
-- so the actuals are entered by hand for now.
CREATE TABLE investment_follow_up (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_version_id uuid NOT NULL,
  category text NOT NULL,
  name text NOT NULL,
  -- The line's year (the follow-up year), so the entry belongs to the line's amount that year.
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  actual_ytd_ore bigint,
  forecast_ore bigint,
  comment text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, budget_version_id, category, name, year, report_month),
  -- An entry with nothing in it is no entry.
  CHECK (actual_ytd_ore IS NOT NULL OR forecast_ore IS NOT NULL OR comment IS NOT NULL),
  -- Only a decided version is followed up and its lines are not changed, so an entry's line
  -- stays; removing a line that has entries is refused rather than losing them.
  FOREIGN KEY (municipality_id, budget_version_id, category, name, year)
    REFERENCES investment_line (municipality_id, budget_version_id, category, name, year)
);

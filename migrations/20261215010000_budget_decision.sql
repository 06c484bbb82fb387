-- Decisions during the year that change a board's frame: the kommunbidrag (allocation) or an
-- investment line's budget. The allocation table keeps the original allocation of the year;
-- the revised kommunbidrag at a report month is it plus the decisions dated up to the end of
-- that month. Amounts are signed öre: a kommunbidrag decision in result sign (more allocation
-- is +), an investment decision as expenditure (a bigger investment budget is +).
CREATE TABLE budget_decision (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  decided_on date NOT NULL,
  -- KF, KS or the board itself.
  decided_by text NOT NULL CHECK (decided_by IN ('council', 'executive-board', 'board')),
  -- "KS 2025-02-12 § 34".
  reference text NOT NULL CHECK (btrim(reference) <> ''),
  kind text NOT NULL CHECK (kind IN ('allocation', 'investment')),
  amount_ore bigint NOT NULL CHECK (amount_ore <> 0),
  reason text NOT NULL CHECK (
    reason IN (
      'capital-costs', 'pension-surcharge', 'pay-review', 'supplementary-budget',
      'carry-over', 'other'
    )
  ),
  -- What "other" is; may be given for the others too.
  reason_text text,
  -- The months the change is phased over: from the decision's month, or the whole year.
  phasing text NOT NULL CHECK (phasing IN ('from-decision-month', 'whole-year')),
  -- The investment line it changes (category and name, as in investment_line); null for the
  -- kommunbidrag.
  investment_category text CHECK (
    investment_category IN ('expansion', 'image', 'reinvestment', 'adaptation')
  ),
  investment_name text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  CHECK (extract(year FROM decided_on) = year),
  CHECK (
    (kind = 'investment') = (investment_category IS NOT NULL AND investment_name IS NOT NULL)
  ),
  CHECK (kind = 'investment' OR (investment_category IS NULL AND investment_name IS NULL)),
  CHECK (reason <> 'other' OR btrim(coalesce(reason_text, '')) <> '')
);
CREATE INDEX budget_decision_board_year
  ON budget_decision (municipality_id, board_id, year, decided_on);

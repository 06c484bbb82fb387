-- Goals and indicators (måluppföljning): the council's prioritised goals of a period of office,
-- the board's goals of a year under them with their Agenda 2030 goals, the indicators of a
-- board goal with the year's target, the outcomes of an indicator's series over the years, and
-- the assessment of a board goal at a report month. Figures are numeric with four decimals
-- (measurements, not money).

CREATE TABLE council_goal (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The first year of the period of office (mandatperiod), e.g. 2023 for 2023–2026.
  term_start_year integer NOT NULL CHECK (term_start_year BETWEEN 1990 AND 2199),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 99),
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, term_start_year, number)
);

CREATE TABLE board_goal (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  council_goal_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  contribution text NOT NULL DEFAULT '',
  council_indicator text,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year, text),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  FOREIGN KEY (municipality_id, council_goal_id) REFERENCES council_goal (municipality_id, id)
);

CREATE TABLE board_goal_agenda2030 (
  municipality_id uuid NOT NULL,
  board_goal_id uuid NOT NULL,
  goal_number smallint NOT NULL CHECK (goal_number BETWEEN 1 AND 17),
  PRIMARY KEY (municipality_id, board_goal_id, goal_number),
  FOREIGN KEY (municipality_id, board_goal_id) REFERENCES board_goal (municipality_id, id)
    ON DELETE CASCADE
);

CREATE TABLE indicator (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_goal_id uuid NOT NULL,
  -- The same indicator over the years: a goal carried over keeps its indicators' series.
  series_id uuid NOT NULL DEFAULT gen_random_uuid(),
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  unit text NOT NULL CHECK (unit IN ('percent', 'count', 'days', 'index', 'kronor')),
  direction text NOT NULL CHECK (direction IN ('higher', 'lower')),
  target_comparator text CHECK (target_comparator IN ('>=', '<=', '>', '<', '=')),
  target_value numeric(18, 4),
  source text NOT NULL DEFAULT '',
  kolada_kpi text CHECK (kolada_kpi ~ '^[A-Z][0-9]{5}$'),
  by_gender boolean NOT NULL DEFAULT false,
  owner_org_unit_id uuid,
  owner_username text,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_goal_id, name),
  -- One indicator of a series per board goal: a series is carried from year to year.
  UNIQUE (municipality_id, board_goal_id, series_id),
  -- A target is a comparator and a figure, or neither.
  CHECK ((target_comparator IS NULL) = (target_value IS NULL)),
  FOREIGN KEY (municipality_id, board_goal_id) REFERENCES board_goal (municipality_id, id)
    ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, owner_org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX indicator_series ON indicator (municipality_id, series_id);
CREATE INDEX indicator_kolada ON indicator (municipality_id, kolada_kpi) WHERE kolada_kpi IS NOT NULL;

CREATE TABLE indicator_outcome (
  municipality_id uuid NOT NULL,
  series_id uuid NOT NULL,
  measured_on date NOT NULL,
  total_value numeric(18, 4),
  women_value numeric(18, 4),
  men_value numeric(18, 4),
  -- entered in the app, read from a file (goals outcomes), or from Kolada.
  origin text NOT NULL CHECK (origin IN ('entered', 'file', 'kolada')),
  -- The file it came from (name), when it came from one.
  origin_file text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by text NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, series_id, measured_on),
  CHECK (total_value IS NOT NULL OR women_value IS NOT NULL OR men_value IS NOT NULL)
);

-- A figure beside the board's own outcome: the whole municipality, a group of municipalities,
-- Riket (001: "82,2 (vård, omsorg och sociala frågor) 80,5 (hela kommunen)").
CREATE TABLE indicator_comparison (
  municipality_id uuid NOT NULL,
  series_id uuid NOT NULL,
  measured_on date NOT NULL,
  label text NOT NULL CHECK (length(btrim(label)) > 0),
  value numeric(18, 4) NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by text NOT NULL,
  PRIMARY KEY (municipality_id, series_id, measured_on, label)
);

CREATE TABLE goal_assessment (
  municipality_id uuid NOT NULL,
  board_goal_id uuid NOT NULL,
  -- The report it belongs to by its month: 8 the interim report (delårsrapport), 12 the annual.
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  level text CHECK (level IN ('not_met', 'partly_met', 'largely_met', 'met')),
  analysis text NOT NULL DEFAULT '',
  set_at timestamptz NOT NULL DEFAULT now(),
  set_by text NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, board_goal_id, report_month),
  FOREIGN KEY (municipality_id, board_goal_id) REFERENCES board_goal (municipality_id, id)
    ON DELETE CASCADE
);

-- Risk and internal control (issue 17): the board's risk and materiality analysis of a year,
-- its critical success factors, the internal control plan with its controls and their
-- follow-up per report month, and sampling controls drawn from a population (the case
-- system's access log, Nämndkoll's audit log or ledger transactions), reproducibly by a seed.

CREATE TABLE risk (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  -- The same risk over the years: a new year's analysis that starts from last year's keeps it.
  series_id uuid NOT NULL DEFAULT gen_random_uuid(),
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  description text NOT NULL DEFAULT '',
  -- The process or area the risk belongs to.
  area text NOT NULL DEFAULT '',
  likelihood smallint NOT NULL CHECK (likelihood BETWEEN 1 AND 4),
  impact smallint NOT NULL CHECK (impact BETWEEN 1 AND 4),
  -- control_plan, critical_factors, measures_taken, measures_started, no_further, own (text).
  treatment text NOT NULL CHECK (treatment IN
    ('control_plan', 'critical_factors', 'measures_taken', 'measures_started', 'no_further', 'own')),
  treatment_text text,
  owner text NOT NULL DEFAULT '',
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year, name),
  UNIQUE (municipality_id, board_id, year, series_id),
  CHECK ((treatment = 'own') = (treatment_text IS NOT NULL)),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

CREATE TABLE critical_factor (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  perspective text NOT NULL CHECK (perspective IN ('economy', 'target_group', 'operations', 'staff')),
  position integer NOT NULL CHECK (position >= 1),
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year, perspective, text),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- The risks a critical success factor takes care of.
CREATE TABLE critical_factor_risk (
  municipality_id uuid NOT NULL,
  critical_factor_id uuid NOT NULL,
  risk_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, critical_factor_id, risk_id),
  FOREIGN KEY (municipality_id, critical_factor_id) REFERENCES critical_factor (municipality_id, id)
    ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, risk_id) REFERENCES risk (municipality_id, id) ON DELETE CASCADE
);

CREATE TABLE critical_factor_follow_up (
  municipality_id uuid NOT NULL,
  critical_factor_id uuid NOT NULL,
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  text text NOT NULL DEFAULT '',
  set_at timestamptz NOT NULL DEFAULT now(),
  set_by text NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, critical_factor_id, report_month),
  FOREIGN KEY (municipality_id, critical_factor_id) REFERENCES critical_factor (municipality_id, id)
    ON DELETE CASCADE
);

-- A control of the internal control plan: the risk it addresses (required), what is checked
-- (kontrollmoment), how, how often and when it is followed up, and who is responsible.
CREATE TABLE control (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  risk_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  checkpoint text NOT NULL CHECK (length(btrim(checkpoint)) > 0),
  method text NOT NULL DEFAULT '',
  frequency text NOT NULL DEFAULT '',
  follow_up_when text NOT NULL DEFAULT '',
  responsible text NOT NULL DEFAULT '',
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year, checkpoint),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  FOREIGN KEY (municipality_id, risk_id) REFERENCES risk (municipality_id, id)
);

-- A control's follow-up at a report (8 the interim report, 12 the annual): result and actions,
-- and one of 001's three signals.
CREATE TABLE control_follow_up (
  municipality_id uuid NOT NULL,
  control_id uuid NOT NULL,
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  result text NOT NULL DEFAULT '',
  actions text NOT NULL DEFAULT '',
  -- done_ok: genomförd utan anmärkning / med försumbar anmärkning; done_remarks: genomförd
  -- med anmärkning; not_done: ej genomförd.
  signal text CHECK (signal IN ('done_ok', 'done_remarks', 'not_done')),
  set_at timestamptz NOT NULL DEFAULT now(),
  set_by text NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, control_id, report_month),
  FOREIGN KEY (municipality_id, control_id) REFERENCES control (municipality_id, id)
    ON DELETE CASCADE
);

-- The case system's access log as imported (user names and case numbers only).
CREATE TABLE access_log_import (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  row_count integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  PRIMARY KEY (municipality_id, id)
);

CREATE TABLE access_log_entry (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line_number integer NOT NULL CHECK (line_number >= 1),
  username text NOT NULL,
  occurred_at timestamptz NOT NULL,
  case_number text NOT NULL,
  event text NOT NULL,
  PRIMARY KEY (municipality_id, import_id, line_number),
  FOREIGN KEY (municipality_id, import_id) REFERENCES access_log_import (municipality_id, id)
    ON DELETE CASCADE
);
CREATE INDEX access_log_entry_time ON access_log_entry (municipality_id, occurred_at);

-- A drawn sample: what it was drawn from (population and its parameters), how many, the seed,
-- and what the draw saw, so anyone can draw it again and get the same items.
CREATE TABLE sample (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  control_id uuid,
  population text NOT NULL CHECK (population IN ('access_log', 'audit_log', 'ledger')),
  -- The population's parameters: the period (from, to), accounts, the lowest amount, …
  parameters jsonb NOT NULL,
  size integer NOT NULL CHECK (size >= 1),
  seed text NOT NULL CHECK (length(seed) > 0),
  population_count integer NOT NULL CHECK (population_count >= size),
  drawn_at timestamptz NOT NULL DEFAULT now(),
  drawn_by text NOT NULL,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  FOREIGN KEY (municipality_id, control_id) REFERENCES control (municipality_id, id)
);

CREATE TABLE sample_item (
  municipality_id uuid NOT NULL,
  sample_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  -- The drawn item: its key in the population and a text a reviewer reads.
  item_key text NOT NULL,
  label text NOT NULL,
  -- Who reviews it: the unit whose head does.
  reviewer_org_unit_id uuid,
  verdict text CHECK (verdict IN ('ok', 'remarks')),
  comment text NOT NULL DEFAULT '',
  reviewed_at timestamptz,
  reviewed_by text,
  revision integer NOT NULL DEFAULT 1,
  PRIMARY KEY (municipality_id, sample_id, position),
  UNIQUE (municipality_id, sample_id, item_key),
  FOREIGN KEY (municipality_id, sample_id) REFERENCES sample (municipality_id, id)
    ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, reviewer_org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- Nämndkoll: the initial schema.
--
-- Every table that holds a municipality's data carries municipality_id, leads its primary key
-- with it and references other tenant tables through it, so a national deployment can
-- distribute the tables by municipality_id (Citus) and keep each municipality's rows together.
-- Money is whole öre in bigint columns named *_ore, in result sign (revenue +, cost -).
-- Periods are integers YYYYMM; the financial year is the calendar year.

CREATE TABLE municipality (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}$'),
  name text NOT NULL CHECK (name <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The lines of the operating statement that accounts map to. Shared by all municipalities.
CREATE TABLE account_group (
  code text PRIMARY KEY,
  name_sv text NOT NULL,
  sort_order smallint NOT NULL
);

INSERT INTO account_group (code, name_sv, sort_order) VALUES
  ('operating_revenue', 'Verksamhetens intäkter', 1),
  ('personnel_costs', 'Personalkostnader', 2),
  ('premises_rent', 'Lokalhyror', 3),
  ('purchased_services', 'Köp av tjänster', 4),
  ('other_costs', 'Övriga kostnader', 5),
  ('financial_items', 'Finansnetto', 6);

CREATE TABLE board (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code <> ''),
  name text NOT NULL CHECK (name <> ''),
  administration_name text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, code)
);

-- Departments and units under a board. code is the responsibility code (ansvar) the ledger uses.
CREATE TABLE org_unit (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  parent_id uuid,
  kind text NOT NULL CHECK (kind IN ('department', 'unit')),
  code text NOT NULL CHECK (code <> ''),
  name text NOT NULL CHECK (name <> ''),
  sort_order integer NOT NULL DEFAULT 0,
  valid_from date,
  valid_to date,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, code),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  FOREIGN KEY (municipality_id, parent_id) REFERENCES org_unit (municipality_id, id),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
  CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX org_unit_board ON org_unit (municipality_id, board_id);

-- Account ranges mapped to account groups, configurable per municipality.
CREATE TABLE account_range (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_from text NOT NULL CHECK (account_from ~ '^[0-9]+$'),
  account_to text NOT NULL CHECK (account_to ~ '^[0-9]+$'),
  account_group text NOT NULL REFERENCES account_group (code),
  PRIMARY KEY (municipality_id, id)
);

-- The chart of accounts. account_group is set from the ranges when an account is created or
-- the ranges change; null for an account outside the operating statement.
CREATE TABLE account (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  number text NOT NULL CHECK (number ~ '^[0-9]+$'),
  name text NOT NULL,
  account_group text REFERENCES account_group (code),
  PRIMARY KEY (municipality_id, number)
);

-- The council's allocation to a board for a year (kommunbidrag), phased straight.
CREATE TABLE allocation (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  amount_ore bigint NOT NULL,
  note text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- A budget as decided for a budget year; its lines cover the budget year and the plan years.
CREATE TABLE budget_version (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 1990 AND 2199),
  name text NOT NULL CHECK (name <> ''),
  status text NOT NULL CHECK (status IN ('draft', 'adopted', 'superseded')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

-- At most one adopted budget per board and budget year: the one follow-up compares against.
CREATE UNIQUE INDEX budget_version_adopted
  ON budget_version (municipality_id, board_id, budget_year) WHERE status = 'adopted';

-- An annual amount per unit and account group, or per account where the budget goes deeper.
CREATE TABLE budget_line (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_version_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  account_group text NOT NULL REFERENCES account_group (code),
  account_number text,
  amount_ore bigint NOT NULL,
  phasing text NOT NULL DEFAULT 'straight'
    CHECK (phasing IN ('straight', 'weights', 'calendar-days')),
  PRIMARY KEY (municipality_id, id),
  UNIQUE NULLS NOT DISTINCT
    (municipality_id, budget_version_id, org_unit_id, year, account_group, account_number),
  FOREIGN KEY (municipality_id, budget_version_id)
    REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, account_number) REFERENCES account (municipality_id, number)
);

-- The monthly phasing of a budget line; the twelve months sum to the line's amount.
CREATE TABLE budget_line_month (
  municipality_id uuid NOT NULL,
  budget_line_id uuid NOT NULL,
  month smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
  amount_ore bigint NOT NULL,
  PRIMARY KEY (municipality_id, budget_line_id, month),
  FOREIGN KEY (municipality_id, budget_line_id)
    REFERENCES budget_line (municipality_id, id) ON DELETE CASCADE
);

-- One import of ledger data: every transaction points to the batch (and line) it came from.
CREATE TABLE import_batch (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source text NOT NULL CHECK (source IN ('demo', 'sie', 'csv')),
  file_name text,
  file_sha256 text,
  period_from integer CHECK (period_from % 100 BETWEEN 1 AND 12),
  period_to integer CHECK (period_to % 100 BETWEEN 1 AND 12),
  transaction_count integer NOT NULL DEFAULT 0,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text,
  PRIMARY KEY (municipality_id, id)
);

-- Booked transactions on result accounts, in result sign.
CREATE TABLE ledger_transaction (
  municipality_id uuid NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  import_batch_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  booking_date date NOT NULL,
  account_number text NOT NULL,
  org_unit_id uuid NOT NULL,
  responsibility_code text NOT NULL,
  activity_code text,
  project_code text,
  amount_ore bigint NOT NULL,
  verification text,
  description text,
  source_line integer,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, import_batch_id) REFERENCES import_batch (municipality_id, id),
  FOREIGN KEY (municipality_id, account_number) REFERENCES account (municipality_id, number),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

CREATE INDEX ledger_transaction_period
  ON ledger_transaction (municipality_id, period, org_unit_id, account_number);
CREATE INDEX ledger_transaction_batch ON ledger_transaction (municipality_id, import_batch_id);

-- A unit's full-year forecast per account group, made at a report month.
CREATE TABLE forecast (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  account_group text NOT NULL REFERENCES account_group (code),
  amount_ore bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, org_unit_id, year, report_month, account_group),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- A unit's comment on its variance, and the actions taken, at a report month.
CREATE TABLE follow_up_comment (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  report_month smallint NOT NULL CHECK (report_month BETWEEN 1 AND 12),
  kind text NOT NULL CHECK (kind IN ('variance', 'action')),
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, org_unit_id, year, report_month, kind),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

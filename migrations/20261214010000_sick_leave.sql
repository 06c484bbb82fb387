-- Sick leave from the HR system's monthly export (docs/personnel.md). Only what the figures
-- need is stored: a pseudonymised employee key (HMAC-SHA-256 of the employee number with the
-- municipality's secret below), gender, birth year, unit, month and hours (hundredths of an
-- hour). No employee numbers, names or personal identity numbers.

-- The municipality's secret for the employee keys (hex), made at its first HR import.
CREATE TABLE hr_key_secret (
  municipality_id uuid PRIMARY KEY REFERENCES municipality (id),
  secret text NOT NULL CHECK (length(secret) >= 64),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An import of an HR export: the file, who and when, and whether it was undone.
CREATE TABLE hr_import (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  row_count integer NOT NULL CHECK (row_count >= 1),
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  status text NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  undone_at timestamptz,
  undone_by text,
  PRIMARY KEY (municipality_id, id)
);

-- The months (YYYYMM) an import holds.
CREATE TABLE hr_import_month (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  row_count integer NOT NULL,
  PRIMARY KEY (municipality_id, import_id, period),
  FOREIGN KEY (municipality_id, import_id) REFERENCES hr_import (municipality_id, id)
);

-- The import whose rows are a month's figures: the latest one that holds the month and has
-- not been undone (an import replaces the months it holds).
CREATE TABLE hr_month (
  municipality_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  import_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, period),
  FOREIGN KEY (municipality_id, import_id) REFERENCES hr_import (municipality_id, id)
);

-- One employee's month in one unit, as imported.
CREATE TABLE hr_row (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line_number integer NOT NULL CHECK (line_number >= 1),
  employee_key text NOT NULL,
  gender text NOT NULL CHECK (gender IN ('K', 'M')),
  birth_year integer NOT NULL CHECK (birth_year BETWEEN 1900 AND 2199),
  org_unit_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  scheduled_hundredths bigint NOT NULL CHECK (scheduled_hundredths >= 0),
  sick_1_14_hundredths bigint NOT NULL CHECK (sick_1_14_hundredths >= 0),
  sick_15_59_hundredths bigint NOT NULL CHECK (sick_15_59_hundredths >= 0),
  sick_60_hundredths bigint NOT NULL CHECK (sick_60_hundredths >= 0),
  CHECK (sick_1_14_hundredths + sick_15_59_hundredths + sick_60_hundredths <= scheduled_hundredths),
  PRIMARY KEY (municipality_id, import_id, line_number),
  FOREIGN KEY (municipality_id, import_id) REFERENCES hr_import (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX hr_row_period ON hr_row (municipality_id, import_id, period);

-- A new role, Personalfunktion/HR: the personnel figures and the HR export (docs/access.md).
ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check CHECK (
  role IN ('admin', 'controller', 'department-head', 'unit-head', 'board-member', 'auditor', 'hr')
);

-- Volumes (issue 18): payments of financial assistance (ekonomiskt bistånd) per household,
-- month and unit, and other monthly volumes per measure and unit (orosanmälningar, …), each
-- read in from a file. An import replaces the months it holds (assistance: the month; other
-- volumes: the measure's month) and keeps the rows of the import it replaced, so undoing the
-- latest import of its kind gives the months back to it.

CREATE TABLE volume_import (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('assistance', 'volumes')),
  -- The order of the municipality's imports, for "the latest" (times may be equal).
  sequence integer NOT NULL CHECK (sequence >= 1),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  row_count integer NOT NULL CHECK (row_count >= 1),
  status text NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  undone_at timestamptz,
  undone_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, sequence),
  CHECK ((status = 'undone') = (undone_at IS NOT NULL))
);

-- The months (of a measure; '' for assistance) an import holds, and the import whose rows were
-- the month's before it (null: none), which an undo gives the month back to.
CREATE TABLE volume_import_month (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  measure text NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  replaced_import_id uuid,
  PRIMARY KEY (municipality_id, import_id, measure, period),
  FOREIGN KEY (municipality_id, import_id) REFERENCES volume_import (municipality_id, id),
  FOREIGN KEY (municipality_id, replaced_import_id) REFERENCES volume_import (municipality_id, id)
);

-- The import whose rows are a month's figures (of a kind and measure): what reports read.
CREATE TABLE volume_month (
  municipality_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('assistance', 'volumes')),
  measure text NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  import_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, kind, measure, period),
  FOREIGN KEY (municipality_id, import_id) REFERENCES volume_import (municipality_id, id)
);

-- A payment of financial assistance: the household as a keyed pseudonym (HMAC-SHA-256 of the
-- case system's reference with the municipality's key below), never the reference itself.
CREATE TABLE assistance_payment (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line_number integer NOT NULL CHECK (line_number >= 1),
  household_key text NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  org_unit_id uuid NOT NULL,
  amount_ore bigint NOT NULL CHECK (amount_ore >= 0),
  PRIMARY KEY (municipality_id, import_id, line_number),
  FOREIGN KEY (municipality_id, import_id) REFERENCES volume_import (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX assistance_payment_period ON assistance_payment (municipality_id, period, import_id);

-- A value of another volume: a measure's count for a unit and month.
CREATE TABLE volume_value (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  line_number integer NOT NULL CHECK (line_number >= 1),
  measure text NOT NULL CHECK (length(btrim(measure)) > 0),
  org_unit_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  value bigint NOT NULL CHECK (value >= 0),
  PRIMARY KEY (municipality_id, import_id, line_number),
  FOREIGN KEY (municipality_id, import_id) REFERENCES volume_import (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);
CREATE INDEX volume_value_period ON volume_value (municipality_id, period, import_id);

-- The municipality's key for the households' pseudonyms, made at its first import of
-- assistance: the same reference gets the same pseudonym in every file, and without the key a
-- pseudonym cannot be traced back by trying references.
CREATE TABLE household_pseudonym_key (
  municipality_id uuid NOT NULL,
  secret text NOT NULL CHECK (length(secret) >= 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id),
  FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

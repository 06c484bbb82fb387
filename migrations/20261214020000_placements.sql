-- The placement register (köpt vård): the case system's placements as imported, per unit.
--
-- An import replaces the register of the units its file holds: each of those units' placements
-- are then the file's; units the file does not name keep theirs. Imports are append-only: the
-- unit's current import is in placement_register_unit, and undoing the latest import gives each
-- of its units back the import it replaced (placement_import_unit.previous_import_id).

CREATE TABLE placement_import (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- 1, 2, 3, … per municipality: the order of the imports (the latest is undone first).
  sequence integer NOT NULL CHECK (sequence >= 1),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  row_count integer NOT NULL CHECK (row_count >= 1),
  -- The months the file covers: from its first start date to its last date of any kind.
  first_date date NOT NULL,
  last_date date NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  status text NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  undone_at timestamptz,
  undone_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, sequence),
  CHECK (first_date <= last_date),
  CHECK ((status = 'undone') = (undone_at IS NOT NULL))
);

-- The units an import holds, and the import each of them had before it (null: none).
CREATE TABLE placement_import_unit (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  previous_import_id uuid,
  PRIMARY KEY (municipality_id, import_id, org_unit_id),
  FOREIGN KEY (municipality_id, import_id) REFERENCES placement_import (municipality_id, id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, previous_import_id)
    REFERENCES placement_import (municipality_id, id)
);

-- A placement as the import read it. placement_ref is the case system's reference, never a
-- personal identity number.
CREATE TABLE placement (
  municipality_id uuid NOT NULL,
  import_id uuid NOT NULL,
  placement_ref text NOT NULL CHECK (placement_ref <> ''),
  line_number integer NOT NULL CHECK (line_number >= 1),
  org_unit_id uuid NOT NULL,
  care_type text NOT NULL CHECK (care_type <> ''),
  legal_basis text NOT NULL CHECK (legal_basis IN ('SoL', 'LVU', 'LVM')),
  start_date date NOT NULL,
  end_date date,
  planned_end_date date,
  daily_cost_ore bigint NOT NULL CHECK (daily_cost_ore >= 0),
  PRIMARY KEY (municipality_id, import_id, placement_ref),
  FOREIGN KEY (municipality_id, import_id, org_unit_id)
    REFERENCES placement_import_unit (municipality_id, import_id, org_unit_id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (planned_end_date IS NULL OR planned_end_date >= start_date)
);

-- Each unit's current import: whose placements are the unit's register.
CREATE TABLE placement_register_unit (
  municipality_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  import_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, org_unit_id),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, import_id, org_unit_id)
    REFERENCES placement_import_unit (municipality_id, import_id, org_unit_id)
);

-- A forecast may be the placements' proposal taken as it was.
ALTER TABLE forecast DROP CONSTRAINT forecast_method_check;
ALTER TABLE forecast ADD CONSTRAINT forecast_method_check
  CHECK (method IN ('entered', 'budget', 'actual-plus-remaining-budget', 'run-rate',
    'last-year-pattern', 'imported', 'placements'));

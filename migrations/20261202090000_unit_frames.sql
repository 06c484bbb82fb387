-- Ramfördelning: the result a board plans for each year of a budget version (årets resultat,
-- 0 unless the board decides otherwise) and the frame (nettoram) each unit gets, the net cost
-- its budget is checked against. Amounts in result sign: a frame for net costs is negative.

CREATE TABLE budget_planned_result (
  municipality_id uuid NOT NULL,
  budget_version_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  amount_ore bigint NOT NULL,
  PRIMARY KEY (municipality_id, budget_version_id, year),
  FOREIGN KEY (municipality_id, budget_version_id)
    REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE
);

CREATE TABLE unit_frame (
  municipality_id uuid NOT NULL,
  budget_version_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  amount_ore bigint NOT NULL,
  PRIMARY KEY (municipality_id, budget_version_id, org_unit_id, year),
  FOREIGN KEY (municipality_id, budget_version_id)
    REFERENCES budget_version (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- A kommunbidrag decision distributed to units: a budget adjustment (budgetjustering) that
-- keeps the decided budget version as it is and records the change beside it. Each row is a
-- unit's and account group's share of the decision, signed öre in the decision's sign (+ is
-- more kommunbidrag for the unit); it adds -amount (result sign) to the unit's budget, phased
-- as the decision is. The revision on the decision is the distribution's compare-and-set.
ALTER TABLE budget_decision
  ADD COLUMN distribution_revision integer NOT NULL DEFAULT 0,
  ADD COLUMN distribution_updated_at timestamptz,
  ADD COLUMN distribution_updated_by text;

CREATE TABLE budget_decision_distribution (
  municipality_id uuid NOT NULL,
  budget_decision_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  account_group text NOT NULL REFERENCES account_group (code),
  amount_ore bigint NOT NULL CHECK (amount_ore <> 0),
  PRIMARY KEY (municipality_id, budget_decision_id, org_unit_id, account_group),
  FOREIGN KEY (municipality_id, budget_decision_id)
    REFERENCES budget_decision (municipality_id, id) ON DELETE CASCADE,
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

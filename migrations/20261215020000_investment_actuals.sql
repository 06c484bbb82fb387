-- Investment actuals from the ledger (issue 19).
--
-- investment_link: an investment line of a board (its category and name, whatever budget
-- version holds it) is linked to ledger project codes (the SIE project dimension) and/or asset
-- accounts. One project code or one account belongs to at most one line of a board: the key.
CREATE TABLE investment_link (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('project', 'account')),
  code text NOT NULL CHECK (code <> ''),
  category text NOT NULL CHECK (category IN ('expansion', 'image', 'reinvestment', 'adaptation')),
  name text NOT NULL CHECK (name <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text,
  PRIMARY KEY (municipality_id, board_id, kind, code),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);

CREATE INDEX investment_link_line ON investment_link (municipality_id, board_id, category, name);

-- ledger_asset_transaction: the transactions a ledger import reads on fixed-asset accounts
-- (Kommun-Bas 1000-1299: immateriella, mark, byggnader och tekniska anläggningar, maskiner
-- och inventarier, with their ongoing work), written in the import's transaction. Amounts in
-- ledger sign (debit +): money spent on an asset is positive, as investment expenditure is.
-- Which import is a month's actuals is ledger_month's, as for ledger_transaction; a replaced
-- import loses these rows with its result rows (import_batch_month.rows_removed).
CREATE TABLE ledger_asset_transaction (
  municipality_id uuid NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  import_batch_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  booking_date date NOT NULL,
  account_number text NOT NULL,
  project_code text,
  -- The unit code as the file wrote it (balance lines often have none).
  responsibility_code text,
  amount_ore bigint NOT NULL,
  verification text,
  description text,
  source_line integer,
  PRIMARY KEY (municipality_id, id),
  FOREIGN KEY (municipality_id, import_batch_id) REFERENCES import_batch (municipality_id, id)
);

CREATE INDEX ledger_asset_transaction_batch
  ON ledger_asset_transaction (municipality_id, import_batch_id, period);

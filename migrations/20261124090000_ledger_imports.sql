-- Ledger imports: which import is each month's actuals, the monthly balances reports read,
-- and how a municipality's files are read.
--
-- Imports are append-only: a new import of a month does not delete the earlier one, it becomes
-- the month's actuals (ledger_month). Undoing it makes the earlier one the actuals again.

ALTER TABLE municipality ADD COLUMN org_number text;

ALTER TABLE import_batch
  ADD COLUMN status text NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  ADD COLUMN encoding text,
  ADD COLUMN summary jsonb,
  ADD COLUMN undone_at timestamptz,
  ADD COLUMN undone_by text;

-- The months an import holds, with its number of transactions and sum (result sign) per month.
CREATE TABLE import_batch_month (
  municipality_id uuid NOT NULL,
  import_batch_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  transaction_count integer NOT NULL,
  amount_ore bigint NOT NULL,
  PRIMARY KEY (municipality_id, import_batch_id, period),
  FOREIGN KEY (municipality_id, import_batch_id) REFERENCES import_batch (municipality_id, id)
);

-- The import whose transactions are a month's actuals: the latest one that holds the month and
-- has not been undone.
CREATE TABLE ledger_month (
  municipality_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  import_batch_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, period),
  FOREIGN KEY (municipality_id, import_batch_id) REFERENCES import_batch (municipality_id, id)
);

-- Monthly actuals per unit and account, summed from each month's actual import: what reports
-- read. Rebuilt for the months an import or an undo touches.
CREATE TABLE ledger_balance (
  municipality_id uuid NOT NULL,
  period integer NOT NULL CHECK (period % 100 BETWEEN 1 AND 12),
  org_unit_id uuid NOT NULL,
  account_number text NOT NULL,
  amount_ore bigint NOT NULL,
  transaction_count integer NOT NULL,
  PRIMARY KEY (municipality_id, period, org_unit_id, account_number),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id),
  FOREIGN KEY (municipality_id, account_number) REFERENCES account (municipality_id, number)
);

-- How a municipality's ledger files are read, remembered between imports.
CREATE TABLE ledger_import_setting (
  municipality_id uuid PRIMARY KEY REFERENCES municipality (id),
  unit_dimension smallint NOT NULL DEFAULT 1 CHECK (unit_dimension > 0),
  -- The unit for result transactions that have no unit in the file, if the user chose one.
  default_unit_code text,
  csv_mapping jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Codes in the unit dimension that belong to a unit with another code of its own.
CREATE TABLE unit_code_mapping (
  municipality_id uuid NOT NULL,
  code text NOT NULL,
  org_unit_id uuid NOT NULL,
  PRIMARY KEY (municipality_id, code),
  FOREIGN KEY (municipality_id, org_unit_id) REFERENCES org_unit (municipality_id, id)
);

-- An import writes its transactions while it reads the file and creates the accounts and units
-- the file introduces at the end, in the same transaction: these checks wait for the commit.
ALTER TABLE ledger_transaction
  ALTER CONSTRAINT ledger_transaction_municipality_id_account_number_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ledger_transaction
  ALTER CONSTRAINT ledger_transaction_municipality_id_org_unit_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- Tracing a figure goes from a month, unit and account to its transactions.
CREATE INDEX ledger_transaction_trace
  ON ledger_transaction (municipality_id, import_batch_id, period, org_unit_id, account_number);

-- Data from before this migration: every import holds the months of its transactions, and the
-- latest import of a month is its actuals.
INSERT INTO import_batch_month (municipality_id, import_batch_id, period, transaction_count, amount_ore)
SELECT municipality_id, import_batch_id, period, count(*), sum(amount_ore)
FROM ledger_transaction
GROUP BY municipality_id, import_batch_id, period;

INSERT INTO ledger_month (municipality_id, period, import_batch_id)
SELECT DISTINCT ON (m.municipality_id, m.period) m.municipality_id, m.period, m.import_batch_id
FROM import_batch_month m
JOIN import_batch b ON b.municipality_id = m.municipality_id AND b.id = m.import_batch_id
ORDER BY m.municipality_id, m.period, b.imported_at DESC;

INSERT INTO ledger_balance (municipality_id, period, org_unit_id, account_number, amount_ore, transaction_count)
SELECT t.municipality_id, t.period, t.org_unit_id, t.account_number, sum(t.amount_ore), count(*)
FROM ledger_transaction t
JOIN ledger_month m
  ON m.municipality_id = t.municipality_id AND m.period = t.period AND m.import_batch_id = t.import_batch_id
GROUP BY t.municipality_id, t.period, t.org_unit_id, t.account_number;

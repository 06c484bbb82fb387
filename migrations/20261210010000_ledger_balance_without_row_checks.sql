-- ledger_balance loses its per-row foreign keys, as ledger_transaction did (20261209010000):
-- an import of a million #TRANS writes a couple of hundred thousand balances, and checking
-- each one's unit and account took most of the time after its rows were in (issue 15).
-- Balances are written only by imports (their sums, gathered while the rows are written) and
-- by undo (summed from rows an import wrote); an import checks once per unit and account that
-- the municipality has each one its rows name (writeLedgerBatch). Units and accounts are
-- never deleted while a balance names them (a municipality is deleted balances first).
ALTER TABLE ledger_balance
  DROP CONSTRAINT ledger_balance_municipality_id_org_unit_id_fkey,
  DROP CONSTRAINT ledger_balance_municipality_id_account_number_fkey;

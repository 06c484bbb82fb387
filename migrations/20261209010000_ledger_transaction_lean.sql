-- Ledger transactions keep only the index that queries use, and no per-row foreign keys
-- (issue 15: an import of a million #TRANS spent most of its time on them).
--
-- ledger_transaction_trace (municipality_id, import_batch_id, period, org_unit_id,
-- account_number) serves the trace of a figure, the monthly sums an import or undo rebuilds
-- (through ledger_month's import per month) and the removal of replaced imports' rows;
-- ledger_transaction_batch is a prefix of it, and nothing reads by ledger_transaction_period
-- (reports read ledger_balance). docs/performance.md shows the plans.
DROP INDEX ledger_transaction_batch;
DROP INDEX ledger_transaction_period;

-- Each import writes its rows and, in the same transaction, sums all of them into
-- import_batch_month (per month; a foreign key to import_batch) and ledger_balance (per month,
-- unit and account; foreign keys to org_unit and account): those foreign keys check every
-- batch, unit and account the rows name, once per sum instead of once per row. Rows are
-- written only by imports (writeLedgerBatch), and batches, units and accounts are never
-- deleted.
ALTER TABLE ledger_transaction
  DROP CONSTRAINT ledger_transaction_municipality_id_import_batch_id_fkey,
  DROP CONSTRAINT ledger_transaction_municipality_id_account_number_fkey,
  DROP CONSTRAINT ledger_transaction_municipality_id_org_unit_id_fkey;

-- An import keeps, per month, the rows of the import it replaced (for undo) but no older
-- ones: when a new import of a month comes, the rows of the month's earlier replaced imports
-- are removed, so undo goes back one import per month. A municipality that imports its
-- year-to-date file every month no longer stores each line about six times. The months an
-- import held stay listed (with count and sum); this says which have lost their rows, and
-- undo does not go back to them.
ALTER TABLE import_batch_month ADD COLUMN rows_removed boolean NOT NULL DEFAULT false;

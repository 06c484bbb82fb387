-- A publication keeps the units whose reports were not approved when the month was published
-- (code, name and status, in the organisation's order): the controller was shown them before
-- publishing, and the event says what the published report stood on. NULL for a reopening
-- and for publications made before this column.
ALTER TABLE follow_up_month_event ADD COLUMN not_approved jsonb;

-- The follow-up view reads a board's month: the forecasts of the year up to the month (the
-- latest per unit and group), and the units' reports and comments of the month. Without these
-- the reads scan every year the municipality has kept; the forecast index also hands the rows
-- over in the order the latest-per-group window wants, so they are not sorted per request.
CREATE INDEX forecast_follow_up
  ON forecast (municipality_id, year, org_unit_id, account_group, report_month DESC);
CREATE INDEX follow_up_report_month ON follow_up_report (municipality_id, year, report_month);
CREATE INDEX follow_up_comment_month ON follow_up_comment (municipality_id, year, report_month);

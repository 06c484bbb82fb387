-- Kolada's figures (RKA's open database of municipal KPIs) as a municipality imported or fetched
-- them: per KPI, Kolada id (the municipality itself, another, a municipality group such as
-- G33956, or 0000 Riket), year and gender (T totalt, K kvinnor, M män). Its own values of the
-- KPIs an indicator is linked to are also written as the indicator's outcomes; these rows keep
-- every value as the comparison beside them. A null value: Kolada has none.
CREATE TABLE kolada_value (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  kpi text NOT NULL CHECK (kpi ~ '^[A-Z][0-9]{5}$'),
  kolada_id text NOT NULL CHECK (kolada_id ~ '^([0-9]{4}|G[0-9]{1,9})$'),
  period integer NOT NULL CHECK (period BETWEEN 1990 AND 2199),
  gender text NOT NULL CHECK (gender IN ('T', 'K', 'M')),
  value numeric(18, 4),
  count integer CHECK (count >= 0),
  -- A file saved from Kolada's API (its name), or the API itself (sync).
  origin text NOT NULL CHECK (origin IN ('file', 'api')),
  origin_file text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  PRIMARY KEY (municipality_id, kpi, kolada_id, period, gender)
);

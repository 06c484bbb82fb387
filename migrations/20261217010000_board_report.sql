-- The interim report (delårsrapport) and the annual report (verksamhetsberättelse): a board's
-- report of a year and month, opened by the controller from the municipality's template, its
-- sections assigned to writers with a deadline, written, reviewed and approved, then published.

-- A municipality's own template per kind of report; without one, the default (001's sections).
CREATE TABLE report_template (
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  kind text NOT NULL CHECK (kind IN ('interim', 'annual')),
  -- The sections in order: [{key, title, level, writerRole, figures, appendix}].
  sections jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  PRIMARY KEY (municipality_id, kind)
);

CREATE TABLE board_report (
  municipality_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  board_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2199),
  month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  kind text NOT NULL CHECK (kind IN ('interim', 'annual')),
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by text,
  published_at timestamptz,
  published_by text,
  PRIMARY KEY (municipality_id, id),
  UNIQUE (municipality_id, board_id, year, month),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id),
  CHECK ((kind = 'annual') = (month = 12))
);

-- A section of a report: the template's section copied when the report was opened (a later
-- change of the template leaves an open report as it is), its writer, deadline and text.
CREATE TABLE board_report_section (
  municipality_id uuid NOT NULL,
  report_id uuid NOT NULL,
  key text NOT NULL CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  position integer NOT NULL CHECK (position >= 1),
  title text NOT NULL CHECK (btrim(title) <> ''),
  level integer NOT NULL CHECK (level IN (1, 2)),
  writer_role text CHECK (writer_role IN ('controller', 'department-head', 'unit-head', 'hr')),
  -- The generated parts placed after the text, in order: ["operating-statement", …].
  figures jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(figures) = 'array'),
  appendix boolean NOT NULL DEFAULT false,
  assignee_id uuid REFERENCES app_user (id),
  -- The last day to mark the section ready.
  deadline date,
  state text NOT NULL DEFAULT 'not-started' CHECK (
    state IN ('not-started', 'draft', 'ready', 'returned', 'approved')
  ),
  -- The writer's rich text (domain/interim-report/rich-text.ts), never HTML.
  body jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(body) = 'array'),
  -- The controller's comment when the section was last sent back.
  review_comment text,
  -- Raised by every change: a save carries the revision it was based on (compare-and-set).
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz,
  updated_by text,
  PRIMARY KEY (municipality_id, report_id, key),
  UNIQUE (municipality_id, report_id, position),
  FOREIGN KEY (municipality_id, report_id) REFERENCES board_report (municipality_id, id)
    ON DELETE CASCADE,
  CHECK (writer_role IS NOT NULL OR assignee_id IS NULL)
);
CREATE INDEX board_report_section_assignee ON board_report_section (assignee_id);

-- The reminders sent to a section's writer (each kind once per assignment).
CREATE TABLE board_report_reminder (
  municipality_id uuid NOT NULL,
  report_id uuid NOT NULL,
  key text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due-soon', 'overdue')),
  assignee_id uuid NOT NULL REFERENCES app_user (id),
  sent_at timestamptz NOT NULL DEFAULT now(),
  -- Whether it also went by e-mail (an SMTP server configured and the writer has an address).
  emailed boolean NOT NULL DEFAULT false,
  PRIMARY KEY (municipality_id, report_id, key, kind, assignee_id),
  FOREIGN KEY (municipality_id, report_id, key)
    REFERENCES board_report_section (municipality_id, report_id, key) ON DELETE CASCADE
);

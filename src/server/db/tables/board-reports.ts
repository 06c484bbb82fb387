import type { ColumnType, Generated } from 'kysely';
import type { FigureBlock, ReportKind, WriterRole } from '#domain/interim-report/report-template';
import type { SectionState } from '#domain/interim-report/section-workflow';
import type { DateText, Timestamp } from './column-types';

/** The interim and annual reports: templates, a board's report, its sections and reminders. */

/** JSON written as text (both engines take it alike) and read parsed; updated too. */
type JsonColumn<Parsed> = ColumnType<Parsed, string, string>;

export interface ReportTemplateTable {
  municipality_id: string;
  kind: ReportKind;
  sections: JsonColumn<unknown>;
  revision: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface BoardReportTable {
  municipality_id: string;
  id: Generated<string>;
  board_id: string;
  year: number;
  month: number;
  kind: ReportKind;
  opened_at: Timestamp;
  opened_by: string | null;
  published_at: string | null;
  published_by: string | null;
}

export interface BoardReportSectionTable {
  municipality_id: string;
  report_id: string;
  key: string;
  position: number;
  title: string;
  level: 1 | 2;
  writer_role: WriterRole | null;
  figures: JsonColumn<FigureBlock[]>;
  appendix: boolean;
  assignee_id: string | null;
  deadline: DateText | null;
  state: ColumnType<SectionState, SectionState | undefined, SectionState>;
  body: ColumnType<unknown, string | undefined, string>;
  review_comment: string | null;
  revision: Generated<number>;
  updated_at: string | null;
  updated_by: string | null;
}

export interface BoardReportReminderTable {
  municipality_id: string;
  report_id: string;
  key: string;
  kind: 'due-soon' | 'overdue';
  assignee_id: string;
  sent_at: Timestamp;
  emailed: Generated<boolean>;
}

import type { Role } from '#domain/access/roles';

/**
 * The sections of an interim report (delårsrapport) or an annual report (verksamhetsberättelse)
 * and their order: a template, editable per municipality. The default follows 001, the
 * socialnämnd's interim report at August 2023, section by section.
 */

export const REPORT_KINDS = ['interim', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_NAMES_SV: Readonly<Record<ReportKind, string>> = {
  interim: 'Delårsrapport',
  annual: 'Verksamhetsberättelse',
};

/** December's report is the annual report; any other month's, an interim report. */
export const reportKindOf = (month: number): ReportKind => (month === 12 ? 'annual' : 'interim');

/**
 * The generated parts a section can hold: tables and sentences built from the figures, never
 * typed. Writers place them and comment on them; they are drawn from the data at the report's
 * month (and pinned when the report is published).
 */
export const FIGURE_BLOCKS = [
  'goal-follow-up',
  'internal-control-summary',
  'operating-statement',
  'result-summary',
  'outcome-forecast-prose',
  'year-comparison-prose',
  'investments',
  'investment-prose',
  'sick-leave',
  'volumes',
  'internal-control-appendix',
] as const;
export type FigureBlock = (typeof FIGURE_BLOCKS)[number];

export const FIGURE_BLOCK_NAMES_SV: Readonly<Record<FigureBlock, string>> = {
  'goal-follow-up': 'Mål och nyckeltal med bedömning',
  'internal-control-summary': 'Internkontrollens kontroller och bedömning',
  'operating-statement': 'Driftredovisning',
  'result-summary': 'Resultat och prognos i korthet',
  'outcome-forecast-prose': 'Utfall, prognos och prognosförändring (text)',
  'year-comparison-prose': 'Jämförelse mellan åren (text)',
  investments: 'Investeringsredovisning',
  'investment-prose': 'Investeringar: utfall och prognos (text)',
  'sick-leave': 'Sjukfrånvaro',
  volumes: 'Volymer',
  'internal-control-appendix': 'Uppföljning av internkontroll (bilaga)',
};

/** Who writes a section's text by default: the roles that hold a report's writers. */
export type WriterRole = Extract<Role, 'controller' | 'department-head' | 'unit-head' | 'hr'>;
export const WRITER_ROLES: readonly WriterRole[] = [
  'controller',
  'department-head',
  'unit-head',
  'hr',
];

export interface SectionTemplate {
  /** Stable within the template, lower-case letters, digits and hyphens: 'ekonomi-drift'. */
  readonly key: string;
  readonly title: string;
  /** 1: a chapter ("Ekonomi"); 2: a part of the chapter above it ("Investeringar"). */
  readonly level: 1 | 2;
  /** Who is asked to write its text; null: no text, the figures alone. */
  readonly writerRole: WriterRole | null;
  /** The generated parts, in the order they are placed after the section's text. */
  readonly figures: readonly FigureBlock[];
  /** In an appendix after the report (001's "Bilaga 1"). */
  readonly appendix: boolean;
}

export interface ReportTemplate {
  readonly kind: ReportKind;
  readonly sections: readonly SectionTemplate[];
}

const section = (
  key: string,
  title: string,
  level: 1 | 2,
  writerRole: WriterRole | null,
  figures: readonly FigureBlock[] = [],
  appendix = false,
): SectionTemplate => ({ key, title, level, writerRole, figures, appendix });

/**
 * 001's sections in 001's order: Verksamhet; Måluppföljning with Agenda 2030; Uppföljning av
 * internkontroll; Ekonomi (Drift with its summary, outcome and forecast, comparison between
 * years; Investeringar likewise); Personal (recruitment, work environment, sick leave);
 * Bilaga 1, the internal control follow-up. The annual report has the same sections.
 */
export function defaultReportTemplate(kind: ReportKind): ReportTemplate {
  return {
    kind,
    sections: [
      section('verksamhet', 'Verksamhet', 1, 'department-head'),
      section('maluppfoljning', 'Måluppföljning', 1, 'controller'),
      section('agenda-2030', 'Koppling till Agenda 2030', 2, 'controller'),
      section('mal-och-nyckeltal', 'Mål och nyckeltal', 2, 'department-head', ['goal-follow-up']),
      section('internkontroll', 'Uppföljning av internkontroll', 1, 'controller', [
        'internal-control-summary',
      ]),
      section('ekonomi', 'Ekonomi', 1, null),
      section('drift', 'Drift', 2, 'controller', [
        'operating-statement',
        'result-summary',
        'outcome-forecast-prose',
        'year-comparison-prose',
      ]),
      section('investeringar', 'Investeringar', 2, 'controller', [
        'investments',
        'investment-prose',
      ]),
      section('personal', 'Personal', 1, null),
      section('kompetensforsorjning', 'Rekryteringsbehov och kompetensförsörjning', 2, 'hr'),
      section('arbetsmiljo', 'Arbetsmiljö', 2, 'hr'),
      section('sjukfranvaro', 'Sjukfrånvaro', 2, 'hr', ['sick-leave']),
      section(
        'bilaga-internkontroll',
        'Bilaga 1. Uppföljning av internkontroll',
        1,
        null,
        ['internal-control-appendix'],
        true,
      ),
    ],
  };
}

export type TemplateProblem =
  | 'no-sections'
  | 'invalid-key'
  | 'duplicate-key'
  | 'empty-title'
  | 'part-before-chapter'
  | 'appendix-before-report'
  | 'figure-twice';

export interface TemplateIssue {
  readonly problem: TemplateProblem;
  /** The section's place in the template, from 1 (null: the template as a whole). */
  readonly position: number | null;
  readonly value?: string;
}

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What is wrong with an edited template, section by section: every section has a key of its
 * own and a title; a part (level 2) comes after a chapter; appendices come last; a generated
 * part appears once in the report.
 */
export function templateIssues(template: ReportTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (template.sections.length === 0) return [{ problem: 'no-sections', position: null }];
  const keys = new Set<string>();
  const figures = new Set<FigureBlock>();
  let appendixSeen = false;
  template.sections.forEach((candidate, index) => {
    const position = index + 1;
    if (!KEY_PATTERN.test(candidate.key)) {
      issues.push({ problem: 'invalid-key', position, value: candidate.key });
    } else if (keys.has(candidate.key)) {
      issues.push({ problem: 'duplicate-key', position, value: candidate.key });
    }
    keys.add(candidate.key);
    if (candidate.title.trim() === '') issues.push({ problem: 'empty-title', position });
    if (candidate.level === 2 && index === 0) {
      issues.push({ problem: 'part-before-chapter', position, value: candidate.title });
    }
    if (appendixSeen && !candidate.appendix) {
      issues.push({ problem: 'appendix-before-report', position, value: candidate.title });
    }
    appendixSeen ||= candidate.appendix;
    for (const figure of candidate.figures) {
      if (figures.has(figure)) issues.push({ problem: 'figure-twice', position, value: figure });
      figures.add(figure);
    }
  });
  return issues;
}

const PROBLEMS_SV: Readonly<Record<TemplateProblem, string>> = {
  'no-sections': 'Mallen har inga avsnitt',
  'invalid-key': 'Avsnittets nyckel får bara innehålla små bokstäver a–z, siffror och bindestreck',
  'duplicate-key': 'Två avsnitt har samma nyckel',
  'empty-title': 'Avsnittet saknar rubrik',
  'part-before-chapter': 'Ett underavsnitt kan inte komma först: det hör till kapitlet före det',
  'appendix-before-report': 'Bilagor kommer sist: ett avsnitt i rapporten står efter en bilaga',
  'figure-twice': 'Samma tabell eller text från siffrorna finns i två avsnitt',
};

/** "Avsnitt 3: Två avsnitt har samma nyckel (”drift”)." */
export function templateIssueSv(issue: TemplateIssue): string {
  const where = issue.position === null ? '' : `Avsnitt ${String(issue.position)}: `;
  const value =
    issue.value === undefined
      ? ''
      : ` (”${issue.problem === 'figure-twice' ? FIGURE_BLOCK_NAMES_SV[issue.value as FigureBlock] : issue.value}”)`;
  return `${where}${PROBLEMS_SV[issue.problem]}${value}.`;
}

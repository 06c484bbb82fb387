import { describe, expect, it } from 'vitest';
import {
  defaultReportTemplate,
  reportKindOf,
  templateIssues,
  templateIssueSv,
  type ReportTemplate,
  type SectionTemplate,
} from './report-template';

const part = (overrides: Partial<SectionTemplate>): SectionTemplate => ({
  key: 'drift',
  title: 'Drift',
  level: 1,
  writerRole: 'controller',
  figures: [],
  appendix: false,
  ...overrides,
});

const template = (...sections: SectionTemplate[]): ReportTemplate => ({
  kind: 'interim',
  sections,
});

describe('the report template', () => {
  it('is the annual report in December and an interim report in any other month', () => {
    expect(reportKindOf(12)).toBe('annual');
    expect(reportKindOf(8)).toBe('interim');
    expect(reportKindOf(4)).toBe('interim');
  });

  it("follows 001's chapters in 001's order, the appendix last", () => {
    const chapters = defaultReportTemplate('interim')
      .sections.filter((candidate) => candidate.level === 1)
      .map((candidate) => candidate.title);
    expect(chapters).toEqual([
      'Verksamhet',
      'Måluppföljning',
      'Uppföljning av internkontroll',
      'Ekonomi',
      'Personal',
      'Bilaga 1. Uppföljning av internkontroll',
    ]);
  });

  it("places 001's tables and generated sentences under Ekonomi, Personal and the appendix", () => {
    const sections = defaultReportTemplate('annual').sections;
    const figuresOf = (key: string): readonly string[] =>
      sections.find((candidate) => candidate.key === key)?.figures ?? [];
    expect(figuresOf('drift')).toEqual([
      'operating-statement',
      'result-summary',
      'outcome-forecast-prose',
      'year-comparison-prose',
    ]);
    expect(figuresOf('investeringar')).toEqual(['investments', 'investment-prose']);
    expect(figuresOf('sjukfranvaro')).toEqual(['sick-leave']);
    expect(figuresOf('bilaga-internkontroll')).toEqual(['internal-control-appendix']);
    expect(sections.find((candidate) => candidate.key === 'arbetsmiljo')?.writerRole).toBe('hr');
  });

  it('finds nothing wrong with the default template', () => {
    expect(templateIssues(defaultReportTemplate('interim'))).toEqual([]);
  });

  it('refuses a template without sections', () => {
    expect(templateIssues(template())).toEqual([{ problem: 'no-sections', position: null }]);
  });

  it('names each section that is wrong by its place, with the value', () => {
    const issues = templateIssues(
      template(
        part({ key: 'Drift ', level: 2 }),
        part({ key: 'ekonomi', title: ' ', figures: ['operating-statement'] }),
        part({ key: 'ekonomi', appendix: true }),
        part({ key: 'personal', figures: ['operating-statement'] }),
      ),
    );
    expect(issues).toEqual([
      { problem: 'invalid-key', position: 1, value: 'Drift ' },
      { problem: 'part-before-chapter', position: 1, value: 'Drift' },
      { problem: 'empty-title', position: 2 },
      { problem: 'duplicate-key', position: 3, value: 'ekonomi' },
      { problem: 'appendix-before-report', position: 4, value: 'Drift' },
      { problem: 'figure-twice', position: 4, value: 'operating-statement' },
    ]);
  });

  it('writes the problems in Swedish, naming the place and the value', () => {
    expect(templateIssueSv({ problem: 'duplicate-key', position: 3, value: 'drift' })).toBe(
      'Avsnitt 3: Två avsnitt har samma nyckel (”drift”).',
    );
    expect(
      templateIssueSv({ problem: 'figure-twice', position: 4, value: 'operating-statement' }),
    ).toBe(
      'Avsnitt 4: Samma tabell eller text från siffrorna finns i två avsnitt (”Driftredovisning”).',
    );
    expect(templateIssueSv({ problem: 'no-sections', position: null })).toBe(
      'Mallen har inga avsnitt.',
    );
  });
});

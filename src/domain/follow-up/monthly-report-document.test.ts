import { describe, expect, it } from 'vitest';
import { reportDocumentProblems } from '../reports/document';
import { monthlyReportDocument } from './monthly-report-document';
import { input, texts, tkr, tkrCells } from './monthly-report-document.test-helpers';

describe('the monthly result report', () => {
  it('follows 003: result, units with their month before, forecast, investments, the KS summary', () => {
    const document = monthlyReportDocument(input);
    expect(reportDocumentProblems(document)).toEqual([]);
    expect(document.title).toBe('Resultatrapport april 2025');
    const lines = texts(document.blocks).map((line) =>
      line.replace(/[\u00a0\u2212]/g, (c) => (c === '\u2212' ? '-' : ' ')),
    );
    expect(lines.filter((line) => line.startsWith('# '))).toEqual([
      '# Resultat',
      '# Sammanfattning av resultatet för socialnämnden, april 2025',
      '# Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde',
      '# Utredningsenhet vuxen -0,2 mnkr (mars -0,3 mnkr)',
      '# Rekryteringsenheten +3,4 mnkr (mars +2,5 mnkr)',
      '# Öppenvård och stödboende +1,0 mnkr',
      '# Årsprognos',
      '# Utredningsenhet vuxen -0,3 mnkr',
      '# Rekryteringsenheten +5,0 mnkr',
      '# Tillståndsenheten 0,0 mnkr',
      '# Investeringsverksamhet',
      '# Sammanfattande kommentarer till kommunstyrelsen (FU)',
      '# Resultat',
      '# Årsprognos',
      '# Investeringsverksamhet',
      '# Resultat per enhet',
      '# Driftredovisning',
    ]);
    expect(lines).toContain(
      'Ackumulerat resultat uppgår till plus 13,7 mnkr för hela nämndens ansvarsområde.',
    );
    expect(lines).toContain('Den positiva avvikelsen beror på hemtagningsarbetet.');
    expect(lines).toContain('Total prognos för nämnden uppgår till +22,0 mnkr.');
    expect(lines).toContain('Åtgärd till avvikelsen');
    // The comment that opens with the figures' sentence does not get it twice.
    expect(lines.filter((line) => line.startsWith('Utredningsenhet vuxens resultat'))).toHaveLength(
      1,
    );
    expect(lines).toContain(
      'Rekryteringsenhetens resultat avviker med 3,4 mnkr mot periodens budget.',
    );
    // A unit within the limits and without a comment gets no line of its own.
    expect(lines.some((line) => line.includes('Tillståndsenheten +'))).toBe(false);
  });

  it('section 3: the total, the controller’s text, then each unit’s forecast line and its comment', () => {
    const document = monthlyReportDocument({
      ...input,
      texts: { ...input.texts, forecast: 'Nämndens prognos uppgår till +22 mnkr.' },
    });
    const start = document.blocks.findIndex(
      (block) => block.type === 'heading' && block.text === 'Årsprognos',
    );
    const end = document.blocks.findIndex(
      (block) => block.type === 'heading' && block.text === 'Investeringsverksamhet',
    );
    const section = document.blocks.slice(start + 1, end);
    expect(
      texts(section).map((line) =>
        line.replace(/[\u00a0\u2212]/g, (c) => (c === '\u2212' ? '-' : ' ')),
      ),
    ).toEqual([
      'Total prognos för nämnden uppgår till +22,0 mnkr.',
      'Nämndens prognos uppgår till +22 mnkr.',
      '# Utredningsenhet vuxen -0,3 mnkr',
      // The comment's paragraphs as written, a line break within one undone.
      'Enheten har 11 jourlägenheter som inte är budgeterade vilket gör att enheten lämnar en prognos på -0,3 mnkr.',
      'Jourlägenheterna är resurstillförsel för att möjliggöra hemtagningar från HVB.',
      // A forecast variance without a comment: the line alone.
      '# Rekryteringsenheten +5,0 mnkr',
      // No forecast variance, but a comment: the line and the comment.
      '# Tillståndsenheten 0,0 mnkr',
      'Avgifterna faktureras efter sommaren; prognosen är budgeten.',
    ]);
    // The units' lines are one level under the section, unnumbered, as section 2's are.
    expect(section.filter((block) => block.type === 'heading')).toEqual([
      {
        type: 'heading',
        level: 2,
        text: 'Utredningsenhet vuxen -0,3\u00a0mnkr',
        numbered: false,
      },
      { type: 'heading', level: 2, text: 'Rekryteringsenheten +5,0\u00a0mnkr', numbered: false },
      { type: 'heading', level: 2, text: 'Tillståndsenheten 0,0\u00a0mnkr', numbered: false },
    ]);
  });

  it('section 3 has no unit lines when no unit forecasts a variance or comments on it', () => {
    const document = monthlyReportDocument({
      ...input,
      units: input.units.map((unit) => ({
        ...unit,
        figures: { ...unit.figures, forecastVariance: tkr(0) },
        forecastComment: ' ',
      })),
    });
    const lines = texts(document.blocks);
    const start = lines.indexOf('# Årsprognos');
    expect(lines.slice(start + 1, lines.indexOf('# Investeringsverksamhet'))).toEqual([
      'Total prognos för nämnden uppgår till +22,0\u00a0mnkr.',
    ]);
  });

  it('sums the units’ table from öre and draws the months through the report month', () => {
    const document = monthlyReportDocument(input);
    const [unitTable] = document.blocks.filter((block) => block.type === 'table');
    expect(unitTable?.rows.at(-1)).toMatchObject({ label: 'Summa enheterna', kind: 'total' });
    expect(unitTable?.rows.at(-1)?.cells[2]).toEqual({ kind: 'tkr', value: 4_240 });
    const [resultChart] = document.blocks.filter((block) => block.type === 'chart');
    expect(resultChart?.categories).toEqual(['jan', 'feb', 'mar', 'apr']);
  });
  it('ends a published month’s report with the audit chain’s head, and only then', () => {
    const hash = '3f9a0c1d5e7b2a40'.repeat(4);
    const published = monthlyReportDocument({ ...input, auditChainHead: { seq: 1234, hash } });
    expect(published.blocks.at(-1)).toEqual({
      type: 'paragraph',
      runs: [
        {
          text: 'Granskningsloggens kontrollsumma vid publiceringen: nr 1234, 3f9a0c1d 5e7b2a40 3f9a0c1d 5e7b2a40 3f9a0c1d 5e7b2a40 3f9a0c1d 5e7b2a40 (SHA-256)',
        },
      ],
    });
    expect(reportDocumentProblems(published)).toEqual([]);
    expect(monthlyReportDocument(input).blocks.at(-1)?.type).toBe('table');
    expect(monthlyReportDocument({ ...input, auditChainHead: null }).blocks).toEqual(
      monthlyReportDocument(input).blocks,
    );
  });

  it('marks the units not approved in the table and names them, with code, under it', () => {
    const [first, second, third, fourth] = input.units;
    if (!first || !second || !third || !fourth) throw new Error('four units');
    const document = monthlyReportDocument({
      ...input,
      units: [
        { ...first, code: '7101', status: 'approved' },
        { ...second, code: '7102', status: 'not-started' },
        { ...third, code: '7103', status: 'submitted' },
        { ...fourth, code: '7104', status: 'returned' },
      ],
    });
    const [unitTable] = document.blocks.filter((block) => block.type === 'table');
    expect(unitTable?.rows.map((row) => row.label)).toEqual([
      'Utredningsenhet vuxen',
      'Rekryteringsenheten *',
      'Tillståndsenheten **',
      'Öppenvård och stödboende *',
      'Summa enheterna',
    ]);
    const tableAt = document.blocks.findIndex((block) => block.type === 'table');
    expect(texts(document.blocks.slice(tableAt + 1, tableAt + 3))).toEqual([
      '* Ej rapporterad av enheten – prognosen är controllerns (den senaste prognos som fanns, annars budgeten), inte en prognos enheten lämnat in: 7102 Rekryteringsenheten, 7104 Öppenvård och stödboende.',
      '** Inlämnad av enheten men inte godkänd av controllern: 7103 Tillståndsenheten.',
    ]);
    expect(reportDocumentProblems(document)).toEqual([]);
  });

  it('marks nothing when every unit is approved (or the statuses are not given)', () => {
    const approved = monthlyReportDocument({
      ...input,
      units: input.units.map((unit) => ({ ...unit, status: 'approved' as const })),
    });
    expect(approved.blocks).toEqual(monthlyReportDocument(input).blocks);
  });

  it('prints the operating statement by account group: budget, forecast, variance, actual', () => {
    const document = monthlyReportDocument(input);
    const statement = document.blocks.at(-1);
    expect(statement).toMatchObject({
      type: 'table',
      caption: 'Driftredovisning t.o.m. april 2025',
      unit: 'Belopp i tkr',
      columns: [
        'Budget 2025',
        'Prognos helår 2025',
        'Avv. prognos/budget 2025',
        'Utfall jan–apr 2025',
      ],
    });
    expect(statement?.type === 'table' ? statement.rows : []).toEqual([
      {
        label: 'Verksamhetens intäkter',
        kind: 'normal',
        cells: tkrCells(20_000, 21_000, 1_000, 7_100),
      },
      {
        label: 'Personalkostnader',
        kind: 'normal',
        cells: tkrCells(-100_000, -98_000, 2_000, -33_000),
      },
      {
        label: 'Verksamhetens nettokostnader',
        kind: 'subtotal',
        cells: tkrCells(-80_000, -77_000, 3_000, -25_900),
      },
    ]);
  });

  it('is an Utkast until the month is published: in the model, and said first', () => {
    const draft = monthlyReportDocument({ ...input, published: false });
    expect(draft.status).toBe('Utkast');
    expect(texts(draft.blocks)[0]).toBe(
      'Utkast. Månaden april 2025 är inte publicerad: siffror och kommentarer kan ändras innan den publiceras.',
    );
    expect(reportDocumentProblems(draft)).toEqual([]);
    const published = monthlyReportDocument(input);
    expect(published.status).toBeNull();
    expect(texts(published.blocks).some((line) => line.includes('Utkast'))).toBe(false);
  });

  it('says there are no investments rather than leaving the section empty', () => {
    const document = monthlyReportDocument({ ...input, investments: null });
    const lines = texts(document.blocks);
    const start = lines.indexOf('# Investeringsverksamhet');
    expect(lines[start + 1]).toBe('Inga investeringar är budgeterade för 2025.');
    expect(reportDocumentProblems(document)).toEqual([]);
    // The controller's own text about investments stands instead.
    const written = monthlyReportDocument({
      ...input,
      investments: null,
      texts: { investments: 'Investeringarna skjuts till 2026.' },
    });
    const writtenLines = texts(written.blocks);
    expect(writtenLines[writtenLines.indexOf('# Investeringsverksamhet') + 1]).toBe(
      'Investeringarna skjuts till 2026.',
    );
  });
});

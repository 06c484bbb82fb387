import { describe, expect, it } from 'vitest';
import { ore } from '../kernel/money';
import { SICK_LEAVE_ROW_LABELS_SV, SICK_LEAVE_ROWS } from '../personnel/sick-leave';
import { headingNumbers, headingText, reportDocumentProblems } from '../reports/document';
import { monthlyReportDocument } from './monthly-report-document';
import { input } from './monthly-report-document.test-helpers';
import { NO_MONTHLY_REPORT_VOLUMES, type MonthlyReportVolumes } from './monthly-report-volumes';

const figure = (tenths: number) => ({ sick: tenths, scheduled: 1000, employees: 40, tenths });

const DATA: MonthlyReportVolumes = {
  placements: [
    {
      name: 'Utredning barn',
      figures: {
        placements: 3,
        careDays: 300,
        costToDate: ore(90_000_000),
        forecastRest: ore(30_000_000),
        fullYear: ore(120_000_000),
      },
    },
  ],
  assistance: {
    year: 2025,
    month: 4,
    months: [],
    total: {
      households: 106,
      amountOre: 400_000_000,
      householdsLastYear: 100,
      amountLastYearOre: 380_000_000,
      changeTenths: 60,
    },
    longTermLastYear: 40,
  },
  volumes: [
    {
      measure: 'orosanmälningar',
      unitCode: '8111',
      unitName: 'Mottagning',
      value: 141,
      valueLastYear: 100,
      changeTenths: 410,
    },
  ],
  sickLeave: {
    year: 2025,
    month: 3,
    rows: SICK_LEAVE_ROWS.map((key) => ({
      key,
      label: SICK_LEAVE_ROW_LABELS_SV[key],
      current: figure(50),
      previous: figure(60),
      differenceTenths: -10,
    })),
    smallGroups: false,
  },
};

/** The numbered headings as written, in order. */
function sections(volumes: MonthlyReportVolumes | undefined): string[] {
  const { blocks } = monthlyReportDocument({ ...input, ...(volumes ? { volumes } : {}) });
  const numbers = headingNumbers(blocks);
  return blocks.flatMap((block, index) =>
    block.type === 'heading' && block.level === 1 ? [headingText(block, numbers[index])] : [],
  );
}

describe('the monthly report’s Volymer and Personal', () => {
  it('come after the units’ table and before the operating statement, numbered', () => {
    expect(sections(DATA).slice(-4)).toEqual([
      '5 Resultat per enhet',
      '6 Volymer',
      '7 Personal',
      '8 Driftredovisning',
    ]);
    const document = monthlyReportDocument({ ...input, volumes: DATA });
    expect(reportDocumentProblems(document)).toEqual([]);
    const subheadings = document.blocks.flatMap((block) =>
      block.type === 'heading' && block.level === 2 ? [block.text] : [],
    );
    expect(subheadings).toEqual(
      expect.arrayContaining([
        'Placeringar',
        'Ekonomiskt bistånd',
        'Orosanmälningar',
        'Sjukfrånvaro',
      ]),
    );
  });

  it('are left out without data for the year, each on its own', () => {
    expect(sections(undefined)).not.toContain('6 Volymer');
    expect(sections(NO_MONTHLY_REPORT_VOLUMES).slice(-2)).toEqual([
      '5 Resultat per enhet',
      '6 Driftredovisning',
    ]);
    expect(sections({ ...NO_MONTHLY_REPORT_VOLUMES, sickLeave: DATA.sickLeave }).slice(-2)).toEqual(
      ['6 Personal', '7 Driftredovisning'],
    );
    const onlyVolumes = { ...NO_MONTHLY_REPORT_VOLUMES, volumes: DATA.volumes };
    const { blocks } = monthlyReportDocument({ ...input, volumes: onlyVolumes });
    const subheadings = blocks.flatMap((block) =>
      block.type === 'heading' && block.level === 2 ? [block.text] : [],
    );
    expect(subheadings).toContain('Orosanmälningar');
    expect(subheadings).not.toContain('Placeringar');
    expect(subheadings).not.toContain('Ekonomiskt bistånd');
    expect(sections(onlyVolumes)).not.toContain('7 Personal');
  });
});

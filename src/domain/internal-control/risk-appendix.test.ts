import { describe, expect, it } from 'vitest';
import { DEMO_RISKS_2026 } from '../demo/demo-risks-2026';
import { formatCell, reportDocumentProblems, type Block } from '../reports/document';
import { riskAnalysisAppendix } from './risk-appendix';
import { SEED_RISK_ANALYSIS_2026 } from './risk-scales.test-data';

const appendix = riskAnalysisAppendix(
  2026,
  DEMO_RISKS_2026.map((risk) => ({ ...risk, treatmentText: null })),
);
const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
  );

describe('Bilaga 2, the risk and materiality analysis', () => {
  it('lists 002’s risks with description, likelihood, impact, value and treatment', () => {
    const [list] = appendix.filter((block) => block.type === 'table');
    if (list?.type !== 'table') throw new Error('no table');
    expect(list.rows.map((row) => [row.label, ...row.cells.slice(1, 4).map(formatCell)])).toEqual(
      SEED_RISK_ANALYSIS_2026.map((risk) => [
        risk.risk,
        String(risk.likelihood),
        String(risk.impact),
        String(risk.value),
      ]),
    );
    expect(list.rows[8]?.cells.map(formatCell)).toEqual([
      'Att säkerhetsarbetet och -rutiner inte är förankrat hos all personal vilket kan leda till en ökad risk för hot och våld.',
      '2',
      '4',
      '8',
      'Åtgärder har påbörjats. Inga ytterligare åtgärder eller kontroller vidtas',
    ]);
  });

  it('has the matrix and 002’s explanation of the scales, and renders', () => {
    expect(appendix.filter((block) => block.type === 'table')).toHaveLength(2);
    expect(texts(appendix)).toEqual([
      'Sannolikhet',
      '1. Osannolik: risken för att fel ska uppstå är praktiskt taget obefintlig',
      '2. Mindre sannolik: risken för att fel ska uppstå är mycket liten',
      '3. Möjlig: det finns en möjlig risk för att fel ska uppstå',
      '4. Sannolik: det är mycket troligt att fel ska uppstå',
      'Väsentlighet',
      '1. Försumbar: är obetydlig för de olika intressenterna och kommunen',
      '2. Lindrig: uppfattas som liten av såväl intressenter som kommunen',
      '3. Kännbar: uppfattas som besvärande av såväl intressenter som kommunen',
      '4. Allvarlig: är så stor att fel helt enkelt inte får inträffa',
    ]);
    expect(
      reportDocumentProblems({
        title: 'Budget 2026–2028',
        municipalityName: 'Alingsås (demo)',
        boardName: 'Socialnämnden',
        dateIso: '2025-10-21',
        blocks: appendix,
      }),
    ).toEqual([]);
  });

  it('is left out when the board has no risks for the year', () => {
    expect(riskAnalysisAppendix(2027, [])).toEqual([]);
  });
});

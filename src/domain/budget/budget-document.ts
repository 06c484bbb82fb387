import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '../ledger/account-group';
import { roundToTenthsOfMnkr } from '../kernel/money';
import {
  bold,
  chart,
  heading,
  paragraph,
  table,
  tkrRow,
  type Block,
  type ReportDocument,
  type TableRowKind,
} from '../reports/document';
import type { BudgetTkrTable } from './budget-table';
import { budgetDocumentDecisionBlocks, type DocumentDecisions } from './budget-document-decisions';
import { budgetFramesTkrTable, type BudgetFrames } from './budget-frames';
import { frameWalkAllocations, type FrameWalk } from './frame-walk';
import { frameWalkProse } from './frame-walk-prose';
import { investmentTkrTable, type InvestmentBudget } from './investments';
import {
  controlPlanAppendix,
  type PlanAppendixControl,
} from '../internal-control/control-plan-appendix';
import { riskAnalysisAppendix, type RiskAppendixLine } from '../internal-control/risk-appendix';

/**
 * The budget document's own texts, written by the board's people in the web page, in the
 * order of 002: Inledning, the board's mission, its political direction and work-environment
 * goals. The frame walk's prose is proposed from the figures and may be replaced.
 */
export const BUDGET_TEXT_SECTIONS = [
  'introduction',
  'mission',
  'political-direction',
  'work-environment',
  'frame-walk',
  'economy',
] as const;
export type BudgetTextSection = (typeof BUDGET_TEXT_SECTIONS)[number];

export const BUDGET_TEXT_SECTION_NAMES_SV: Readonly<Record<BudgetTextSection, string>> = {
  introduction: 'Inledning',
  mission: 'Nämndens uppdrag',
  'political-direction': 'Politiska inriktningar',
  'work-environment': 'Arbetsmiljömål',
  'frame-walk': 'Kommunbidraget (ramförändringen)',
  economy: 'Ekonomiska förutsättningar',
};

export interface BudgetDocumentInput {
  readonly municipalityName: string;
  readonly boardName: string;
  readonly budgetYear: number;
  /** The document's date, YYYY-MM-DD. */
  readonly dateIso: string;
  readonly frames: BudgetFrames;
  /** null when no year has a kommunbidrag to walk from: no prose or chart is proposed. */
  readonly walk: FrameWalk | null;
  readonly investments: InvestmentBudget;
  /** A proposal (Förslag), not yet decided: marked so on every page until it is. */
  readonly proposal: boolean;
  /** The user's texts; a section left out or empty is not printed (the frame walk's is proposed). */
  readonly texts: Readonly<Partial<Record<BudgetTextSection, string>>>;
  /** What changes and what is new per account group, as 002 comments each one. */
  readonly groupComments: Readonly<Partial<Record<AccountGroup, string>>>;
  /** The board's risk analysis of the budget year, by value: Bilaga 2 (none: left out). */
  readonly risks?: readonly RiskAppendixLine[];
  /**
   * The board's internal control plan of the budget year: Bilaga 1 (none while the board has
   * a risk analysis: a sentence says the plan is missing; neither: left out).
   */
  readonly controls?: readonly PlanAppendixControl[];
  /** The budget year's decisions during the year, with their distribution (none: left out). */
  readonly decisions?: DocumentDecisions;
}

/** Paragraphs from a text: blank lines part them. */
function paragraphs(text: string | undefined): Block[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim().replace(/\s*\n\s*/g, ' '))
    .filter((part) => part !== '')
    .map((part) => paragraph(part));
}

function budgetTable<Kind extends string>(
  source: BudgetTkrTable<string, Kind>,
  kindOf: (kind: Kind) => TableRowKind,
) {
  return table(
    source.caption,
    source.columns.map((column) => column.label),
    source.rows.map((row) => tkrRow(row.label, row.values, kindOf(row.kind))),
  );
}

/** Kommunbidrag from the year before through the plan years, in mnkr, as a bar chart. */
function allocationChart(walk: FrameWalk): Block {
  const allocations = [...frameWalkAllocations(walk)];
  return chart(
    'bar',
    'Kommunbidrag per år, mnkr',
    allocations.map(([year]) => String(year)),
    [
      {
        name: 'Kommunbidrag',
        values: allocations.map(([, amount]) => roundToTenthsOfMnkr(amount) / 10),
      },
    ],
    'mnkr',
    1,
  );
}

/** The order 002 comments the account groups in. */
const COMMENTED_GROUPS: readonly AccountGroup[] = [
  'operating_revenue',
  'personnel_costs',
  'premises_rent',
  'purchased_services',
  'other_costs',
];

/**
 * The budget document (002's shape): 1 Inledning, 2 the board, 3 the political direction,
 * 4 Nämndens budget with 4.1 Ekonomiska ramar (the table, the frame walk in prose, a comment
 * per account group) and 4.2 Investeringsbudget; 4.3 Beslut under året when the year has
 * decisions that changed the kommunbidrag or the investment budget; Bilaga 2, the risk and materiality analysis,
 * when the board has one for the year.
 */
export function budgetDocument(input: BudgetDocumentInput): ReportDocument {
  const { texts } = input;
  const lastPlanYear = input.budgetYear + 2;
  const frameProse =
    texts['frame-walk'] !== undefined && texts['frame-walk'].trim() !== ''
      ? paragraphs(texts['frame-walk'])
      : input.walk === null
        ? []
        : frameWalkProse(input.walk).map((entry) => paragraph(entry.text));
  const comments = COMMENTED_GROUPS.flatMap((group) => {
    const comment = input.groupComments[group]?.trim();
    return comment ? [paragraph(`${ACCOUNT_GROUP_NAMES_SV[group]} – ${comment}`)] : [];
  });
  const optional = (section: BudgetTextSection, level: 1 | 2): Block[] => {
    const body = paragraphs(texts[section]);
    return body.length > 0
      ? [heading(level, BUDGET_TEXT_SECTION_NAMES_SV[section], true), ...body]
      : [];
  };
  const blocks: Block[] = [
    ...(input.proposal
      ? [
          paragraph(
            bold('Förslag. '),
            `Budgeten är ännu inte beslutad av nämnden; beloppen kan ändras före beslutet.`,
          ),
        ]
      : []),
    ...optional('introduction', 1),
    ...optional('mission', 1),
    ...optional('political-direction', 1),
    ...optional('work-environment', 1),
    heading(1, 'Nämndens budget', true),
    heading(2, 'Ekonomiska ramar', true),
    budgetTable(budgetFramesTkrTable(input.frames), (kind) =>
      kind === 'subtotal' || kind === 'total' ? kind : 'normal',
    ),
    ...paragraphs(texts.economy),
    ...frameProse,
    ...(input.walk === null ? [] : [allocationChart(input.walk)]),
    ...comments,
    heading(2, 'Investeringsbudget', true),
    budgetTable(investmentTkrTable(input.investments), (kind) =>
      kind === 'total' ? 'total' : kind === 'category' ? 'subtotal' : 'normal',
    ),
    ...(input.decisions ? budgetDocumentDecisionBlocks(input.decisions, input.budgetYear) : []),
    ...controlPlanAppendix(input.budgetYear, input.controls ?? [], (input.risks ?? []).length > 0),
    ...riskAnalysisAppendix(input.budgetYear, input.risks ?? []),
  ];
  return {
    title: `Budget ${String(input.budgetYear)}–${String(lastPlanYear)}`,
    subtitle: input.boardName,
    municipalityName: input.municipalityName,
    boardName: input.boardName,
    dateIso: input.dateIso,
    status: input.proposal ? 'Förslag' : null,
    blocks,
  };
}

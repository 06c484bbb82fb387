import { Option, type Command } from 'commander';
import type { BudgetDecisionsDto } from '#contract/budget-decisions';
import {
  DECISION_KIND_NAMES_SV,
  DECISION_MAKER_NAMES_SV,
  DECISION_PHASING_NAMES_SV,
  DECISION_REASON_NAMES_SV,
  decisionLineLabelSv,
  type DecisionKind,
  type DecisionMaker,
  type DecisionPhasing,
  type DecisionReason,
} from '#domain/budget/budget-decisions';
import { amountFromTkrText } from '#domain/budget/budget-workbook-reader';
import {
  INVESTMENT_CATEGORIES,
  INVESTMENT_CATEGORY_NAMES_SV,
  type InvestmentCategory,
} from '#domain/budget/investments';
import { formatTkr, formatFixed } from '#domain/kernel/format';
import type { Ore } from '#domain/kernel/money';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import {
  addBudgetDecision,
  budgetDecisionsOfYear,
} from '#server/features/budget/budget-decisions.service';
import { formatParser, parseYearOption, REPORT_FORMATS, type ReportFormat } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { UsageError } from '../cli-io';
import { chooseBoard } from '../command-helpers';

/**
 * budget decision add / list: decisions during the year that change the board's kommunbidrag
 * or an investment line's budget, as the Budget page records them. Amounts are in tkr (the
 * reports' unit), signed, with a decimal comma for parts of a tkr ("0,5" is 500 kr).
 */

/** An option's Swedish words and the codes they stand for (ASCII spellings accepted too). */
const choices = <T extends string>(words: Readonly<Record<string, T>>, option: string) => {
  const parse = (value: string): T => {
    const code = words[value.trim().toLowerCase()];
    if (code === undefined) {
      const allowed = [...new Set(Object.keys(words).filter((word) => /^[a-z-]+$/.test(word)))];
      throw new UsageError(`${option} ska vara ${allowed.join(', ')} (fick ”${value}”).`);
    }
    return code;
  };
  return parse;
};

const MAKERS = choices<DecisionMaker>(
  { kf: 'council', ks: 'executive-board', namnd: 'board', nämnd: 'board' },
  '--by',
);
const KINDS = choices<DecisionKind>(
  { kommunbidrag: 'allocation', investering: 'investment', investeringar: 'investment' },
  '--kind',
);
const REASONS = choices<DecisionReason>(
  {
    kapitaltjanst: 'capital-costs',
    kapitaltjänst: 'capital-costs',
    'po-paslag': 'pension-surcharge',
    'po-påslag': 'pension-surcharge',
    loneoversyn: 'pay-review',
    löneöversyn: 'pay-review',
    tillaggsbudget: 'supplementary-budget',
    tilläggsbudget: 'supplementary-budget',
    ombudgetering: 'carry-over',
    annat: 'other',
  },
  '--reason',
);
const PHASINGS = choices<DecisionPhasing>(
  {
    'fran-beslutsmanad': 'from-decision-month',
    'från-beslutsmånad': 'from-decision-month',
    helar: 'whole-year',
    helår: 'whole-year',
  },
  '--phasing',
);

/** "47", "-1 600", "0,5": tkr to öre, exactly; a sixth decimal is refused. */
export function parseTkrAmount(value: string): Ore {
  const reading = amountFromTkrText(value);
  if (reading.kind === 'amount') return reading.amount;
  throw new UsageError(
    `--amount ska vara ett belopp i tkr, t.ex. 47, -1 600 eller 0,5 (högst fem decimaler; fick ”${value}”).`,
  );
}

/** "Reinvestering/Inventarier": the category by its Swedish name (or key), then the line. */
function parseLine(value: string): { category: InvestmentCategory; name: string } {
  const [categoryText = '', ...rest] = value.split('/');
  const wanted = categoryText.trim().toLowerCase();
  const category = INVESTMENT_CATEGORIES.find(
    (key) => key === wanted || INVESTMENT_CATEGORY_NAMES_SV[key].toLowerCase() === wanted,
  );
  const name = rest.join('/').trim();
  if (category === undefined || name === '') {
    const names = INVESTMENT_CATEGORIES.map((key) => INVESTMENT_CATEGORY_NAMES_SV[key]);
    throw new UsageError(
      `--line ska vara kategori/rad, t.ex. ”Reinvestering/Inventarier” (kategorier: ${names.join(', ')}; fick ”${value}”).`,
    );
  }
  return { category, name };
}

export const signedTkr = (amount: Ore) => `${amount > 0 ? '+' : ''}${formatTkr(amount)}`;
/** Exact tkr for a file: "47", "-1600", "0,5" (no grouping; decimals only where there are). */
export const exactTkr = (amount: Ore) =>
  formatFixed(amount, 5).replaceAll('\u00a0', '').replace(/,?0+$/, '');

export interface BoardYearOptions {
  readonly municipality?: string;
  readonly board?: string;
  readonly year: number;
}

interface AddOptions extends BoardYearOptions {
  readonly date: string;
  readonly by: DecisionMaker;
  readonly reference: string;
  readonly kind: DecisionKind;
  readonly amount: Ore;
  readonly reason: DecisionReason;
  readonly reasonText?: string;
  readonly phasing: DecisionPhasing;
  readonly line?: { category: InvestmentCategory; name: string };
  readonly text?: string;
}

export const boardYearOptions = (command: Command) =>
  command
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 9999 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
    .requiredOption('--year <år>', 'budgetåret, t.ex. 2025', parseYearOption);

/** A list's options: the board, the year and the format (table, csv, json). */
export const boardYearListOptions = (command: Command) =>
  boardYearOptions(command).addOption(
    new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
      .default('table')
      .argParser(formatParser(REPORT_FORMATS)),
  );

/** budget decision add: one decision, refused with the field named when it cannot be taken. */
export const budgetDecisionAddCommand = defineCommand<AddOptions>({
  name: 'budget decision add',
  description:
    'registrera ett beslut under året som ändrar kommunbidraget eller en investeringsrads budget',
  options: (command) =>
    boardYearOptions(command)
      .requiredOption('--date <ÅÅÅÅ-MM-DD>', 'beslutsdatum, inom budgetåret')
      .requiredOption('--by <beslutsfattare>', 'KF, KS eller namnd (nämnden själv)', MAKERS)
      .requiredOption('--reference <text>', 'beslutets referens, t.ex. ”KS 2025-02-12 § 34”')
      .requiredOption('--kind <typ>', 'kommunbidrag eller investering', KINDS)
      .requiredOption(
        '--amount <tkr>',
        'belopp i tkr med tecken, decimalkomma går bra: 47, -1 600, 0,5',
        parseTkrAmount,
      )
      .requiredOption(
        '--reason <orsak>',
        'kapitaltjanst, po-paslag, loneoversyn, tillaggsbudget, ombudgetering eller annat',
        REASONS,
      )
      .option('--reason-text <text>', 'orsaken i ord (krävs för annat)')
      .addOption(
        new Option(
          '--phasing <periodisering>',
          'fran-beslutsmanad (beslutsmånaden till december) eller helar (hela året)',
        )
          .argParser(PHASINGS)
          .makeOptionMandatory(),
      )
      .option(
        '--line <kategori/rad>',
        'investeringsraden beslutet ändrar, t.ex. ”Reinvestering/Inventarier”',
        parseLine,
      )
      .option('--text <text>', 'en kommentar till beslutet'),
  handler: async ({ database, io, options }) => {
    if (options.kind === 'investment' && options.line === undefined) {
      throw new UsageError('Ange --line <kategori/rad> för ett beslut om investeringsbudgeten.');
    }
    if (options.kind === 'allocation' && options.line !== undefined) {
      throw new UsageError(
        '--line gäller bara beslut om investeringsbudgeten (--kind investering).',
      );
    }
    const { municipality, board, ref } = await chooseBoard(database, options);
    const after = await addBudgetDecision(cliContext(database, ref), {
      year: options.year,
      decidedOn: options.date,
      decidedBy: options.by,
      reference: options.reference,
      kind: options.kind,
      amount: options.amount,
      reason: options.reason,
      reasonText: options.reasonText ?? null,
      phasing: options.phasing,
      investmentLine: options.line ?? null,
      note: options.text ?? null,
    });
    const what = options.line
      ? `${DECISION_KIND_NAMES_SV[options.kind].toLowerCase()}, ${decisionLineLabelSv(options.line)}`
      : DECISION_KIND_NAMES_SV[options.kind].toLowerCase();
    io.stdout.write(
      `Registrerade beslutet ${options.reference.trim()} (${what} ${signedTkr(options.amount)} tkr) för ${board.name}, ${municipality.name}.\n` +
        `Kommunbidraget ${String(options.year)}: ${formatTkr(after.originalAllocation)} tkr i budget, ${formatTkr(after.revisedAllocation)} tkr efter årets beslut.\n`,
    );
    return 0;
  },
});

interface ListOptions extends BoardYearOptions {
  readonly format: ReportFormat;
}

const HEADS = [
  'Datum',
  'Beslut',
  'Av',
  'Avser',
  'Belopp tkr',
  'Orsak',
  'Periodisering',
  'Fördelat tkr',
  'Ej fördelat tkr',
];

function rowsOf(list: BudgetDecisionsDto, amount: (value: Ore) => string): string[][] {
  const distributionOf = new Map(list.distributions.map((entry) => [entry.decisionId, entry]));
  return list.decisions.map((decision) => [
    decision.decidedOn,
    decision.reference,
    DECISION_MAKER_NAMES_SV[decision.decidedBy],
    decision.investmentLine
      ? `${DECISION_KIND_NAMES_SV[decision.kind]}, ${decisionLineLabelSv(decision.investmentLine)}`
      : DECISION_KIND_NAMES_SV[decision.kind],
    amount(decision.amount),
    decision.reasonText ?? DECISION_REASON_NAMES_SV[decision.reason],
    DECISION_PHASING_NAMES_SV[decision.phasing],
    ...distributedColumns(distributionOf.get(decision.id), amount),
  ]);
}

/** A kommunbidrag decision's distributed and undistributed amounts; blank for an investment. */
const distributedColumns = (
  distribution: BudgetDecisionsDto['distributions'][number] | undefined,
  amount: (value: Ore) => string,
): string[] =>
  distribution ? [amount(distribution.distributed), amount(distribution.undistributed)] : ['', ''];

/** The list as a terminal table, with the kommunbidrag before and after the decisions. */
function decisionTable(list: BudgetDecisionsDto, boardName: string): string {
  const widths = [10, 24, 7, 30, 10, 24, 18, 10, 11];
  return renderWrappedTextTable({
    caption: `Beslut om ändrad budget ${String(list.year)}, ${boardName}`,
    notes: [
      `Kommunbidrag: ${formatTkr(list.originalAllocation)} tkr i budget, ${formatTkr(list.revisedAllocation)} tkr efter årets beslut.`,
      `Ej fördelat på enheter: ${formatTkr(list.undistributed)} tkr.`,
    ],
    columns: HEADS.map((head, index) => ({
      head,
      align: head.endsWith(' tkr') ? ('right' as const) : ('left' as const),
      maxWidth: widths[index] ?? 20,
    })),
    groups: list.decisions.length === 0 ? [] : [rowsOf(list, signedTkr)],
  });
}

/** budget decision list: the year's decisions as a table, CSV or JSON. */
export const budgetDecisionListCommand = defineCommand<ListOptions>({
  name: 'budget decision list',
  description: 'årets beslut som ändrat kommunbidraget eller investeringsbudgeten',
  options: boardYearListOptions,
  handler: async ({ database, io, options }) => {
    const { board, ref } = await chooseBoard(database, options);
    const list = await budgetDecisionsOfYear(database.db, ref, options.year);
    io.stdout.write(
      options.format === 'json'
        ? `${JSON.stringify(list, null, 2)}\n`
        : options.format === 'csv'
          ? renderTextCsv([HEADS, ...rowsOf(list, exactTkr)])
          : decisionTable(list, board.name),
    );
    return 0;
  },
});

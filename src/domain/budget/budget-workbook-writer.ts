import { ore, sumOre, type Ore } from '../kernel/money';
import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '../ledger/account-group';
import {
  CODE_HEAD,
  INFO_SHEET_NAME,
  type ModelCell,
  type ModelRow,
  NAME_HEAD,
  REVISION_LABEL,
  ROW_SUM_KEY,
  SUM_COLUMN,
  SUM_HEAD,
  SUM_PREFIX,
  type SheetModel,
  UNIT_CODE_KEY,
  UNIT_NAME_KEY,
  VERSION_ID_LABEL,
  VERSION_LABEL,
  WORKBOOK_GROUPS,
  type WorkbookExport,
  type WorkbookUnit,
  cellKey,
  columnName,
  groupColumn,
  tkrOf,
  yearSheetName,
} from './budget-workbook-layout';

/** The budget workbook written: a version as sheets of cells (an xlsx writer lays them out). */

const text = (value: string): ModelCell => ({ kind: 'text', text: value });

/** A line of a year sheet before it is given its row. */
type Line =
  | {
      readonly kind: 'unit';
      readonly unit: WorkbookUnit;
      readonly label: string;
      /** Directly under the board, in no department's sum. */
      readonly standalone: boolean;
    }
  | { readonly kind: 'department'; readonly unit: WorkbookUnit; readonly units: readonly string[] };

/**
 * The units in the organisation's order, as the grid on screen: each department's units, then
 * the department's sum; units directly under the board on their own. Every unit has its row,
 * a department's own (for amounts booked on its code) too, even when empty, so the file holds
 * every cell of the version and reading it back gives the version as it was.
 */
function linesOf(units: readonly WorkbookUnit[]): Line[] {
  const lines: Line[] = [];
  const placed = new Set<string>();
  const place = (unit: WorkbookUnit, label: string, standalone: boolean) => {
    placed.add(unit.id);
    lines.push({ kind: 'unit', unit, label, standalone });
  };
  const childrenOf = (parentId: string | null) => units.filter((u) => u.parentId === parentId);
  for (const top of childrenOf(null)) {
    if (top.kind === 'unit') {
      place(top, top.name, true);
      continue;
    }
    const members = childrenOf(top.id);
    place(top, `${top.name} (gemensamt)`, false);
    for (const unit of members) place(unit, unit.name, false);
    lines.push({ kind: 'department', unit: top, units: [top, ...members].map((unit) => unit.id) });
  }
  // A unit under none of the board's departments still gets its row.
  for (const unit of units) if (!placed.has(unit.id)) place(unit, unit.name, true);
  return lines;
}

function yearSheet(input: WorkbookExport, year: number): SheetModel {
  const amounts = new Map(
    input.cells
      .filter((cell) => cell.year === year)
      .map((cell) => [cellKey(cell.orgUnitId, cell.accountGroup, cell.year), cell.amount]),
  );
  const amountOf = (unitId: string, group: AccountGroup) =>
    amounts.get(cellKey(unitId, group, year)) ?? ore(0);
  const rowSum = (row: number, values: readonly Ore[]): ModelCell => ({
    kind: 'sum',
    formula: `SUM(${columnName(groupColumn(0))}${String(row)}:${columnName(SUM_COLUMN - 1)}${String(row)})`,
    tkr: tkrOf(sumOre(values)),
  });
  const rows: ModelRow[] = [
    {
      style: 'keys',
      cells: [UNIT_CODE_KEY, UNIT_NAME_KEY, ...WORKBOOK_GROUPS, ROW_SUM_KEY].map(text),
    },
    {
      style: 'head',
      cells: [
        CODE_HEAD,
        NAME_HEAD,
        ...WORKBOOK_GROUPS.map((g) => ACCOUNT_GROUP_NAMES_SV[g]),
        SUM_HEAD,
      ].map(text),
    },
  ];
  /** The rows the board's sum adds up: the departments' sums and the units on their own. */
  const boardParts: number[] = [];
  const unitRowOf = new Map<string, number>();
  const boardUnits: string[] = [];
  for (const line of linesOf(input.units)) {
    const row = rows.length + 1;
    if (line.kind === 'unit') {
      const values = WORKBOOK_GROUPS.map((group) => amountOf(line.unit.id, group));
      unitRowOf.set(line.unit.id, row);
      if (line.standalone) {
        boardParts.push(row);
        boardUnits.push(line.unit.id);
      }
      rows.push({
        style: 'unit',
        cells: [
          text(line.unit.code),
          text(line.label),
          ...values.map((amount): ModelCell => ({
            kind: 'amount',
            tkr: amount === 0 ? null : tkrOf(amount),
          })),
          rowSum(row, values),
        ],
      });
      continue;
    }
    const memberRows = line.units.flatMap((id) => unitRowOf.get(id) ?? []);
    const first = Math.min(...memberRows);
    const last = Math.max(...memberRows);
    const totals = WORKBOOK_GROUPS.map((group) =>
      sumOre(line.units.map((id) => amountOf(id, group))),
    );
    boardParts.push(row);
    boardUnits.push(...line.units);
    rows.push({
      style: 'department-total',
      cells: [
        { kind: 'empty' },
        text(`${SUM_PREFIX} ${line.unit.name}`),
        ...totals.map((total, index): ModelCell => {
          const column = columnName(groupColumn(index));
          return {
            kind: 'sum',
            formula: `SUM(${column}${String(first)}:${column}${String(last)})`,
            tkr: tkrOf(total),
          };
        }),
        rowSum(row, totals),
      ],
    });
  }
  if (boardParts.length > 0) {
    const row = rows.length + 1;
    const totals = WORKBOOK_GROUPS.map((group) =>
      sumOre(boardUnits.map((id) => amountOf(id, group))),
    );
    rows.push({
      style: 'board-total',
      cells: [
        { kind: 'empty' },
        text(`${SUM_PREFIX} nämnden`),
        ...totals.map((total, index): ModelCell => {
          const column = columnName(groupColumn(index));
          return {
            kind: 'sum',
            formula: `SUM(${boardParts.map((part) => `${column}${String(part)}`).join(',')})`,
            tkr: tkrOf(total),
          };
        }),
        rowSum(row, totals),
      ],
    });
  }
  return { name: yearSheetName(input.budgetYear, year), kind: 'year', rows };
}

/** What the info sheet says about the file and how it is read back. */
const NOTES = [
  'Belopp i tkr med resultattecken: intäkter positiva, kostnader negativa.',
  'Beloppen sparas med öres noggrannhet (upp till fem decimaler i tkr) men visas i hela tkr.',
  'Summakolumnen och summaraderna är formler och läses inte in.',
  'Rad 1 i årsbladen är dold och talar om vilken kontogrupp varje kolumn är; ändra den inte.',
  'En tom cell läses in som 0. En enhet eller ett år som inte finns i filen ändras inte.',
  'Läs in filen på budgetversionens sida i Nämndkoll. Bara ett Förslag kan ändras.',
  'Har budgeten sparats av någon annan efter Revision ovan läses filen inte in: ladda då ned den på nytt.',
];

function infoSheet(input: WorkbookExport): SheetModel {
  const fact = (label: string, value: string): ModelRow => ({
    style: 'fact',
    cells: [text(label), text(value)],
  });
  return {
    name: INFO_SHEET_NAME,
    kind: 'info',
    rows: [
      { style: 'title', cells: [text('Budget från Nämndkoll')] },
      fact('Kommun', input.municipalityName),
      fact('Nämnd', input.boardName),
      fact('Budgetår', String(input.budgetYear)),
      fact(VERSION_LABEL, input.name),
      fact('Status', input.statusName),
      fact('Exporterad', input.exportedAt),
      fact(VERSION_ID_LABEL, input.id),
      fact(REVISION_LABEL, String(input.revision)),
      { style: 'note', cells: [] },
      ...NOTES.map((note): ModelRow => ({ style: 'note', cells: [text(note)] })),
    ],
  };
}

/** The workbook of a version: a sheet per year, then the info sheet. */
export function budgetWorkbookModel(input: WorkbookExport): SheetModel[] {
  return [...input.years.map((year) => yearSheet(input, year)), infoSheet(input)];
}

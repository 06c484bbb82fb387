import { allocate } from '#domain/kernel/allocate';
import { formatKronor } from '#domain/kernel/format';
import { ore, type Ore } from '#domain/kernel/money';
import { periodNumber, toMonth } from '#domain/kernel/period';
import type { DemoTransaction } from './demo-ledger';
import { seededRandom, type SeededRandom } from './seeded-random';

/**
 * The demo's volumes, generated the same way on every run (seeded), as the files the case
 * system would give (import assistance, import volumes):
 *
 * - Financial assistance, unit 8122 Stöd och försörjning, January 2022 – August 2023. 001: "Under
 *   perioden januari till augusti har det skett en ökning i antal hushåll som uppbär
 *   försörjningsstöd med 5,6 procent": 250 distinct households January–August 2022 and 264 in
 *   2023 (+5,6 %). 001's long-term recipients at 31 December 2022, 139: 139 households had
 *   assistance in at least 10 of 2022's months. Each month's payments add up to the demo ledger's
 *   account 4110 (ekonomiskt bistånd) of 8122 in that month, to the öre.
 * - Reports of concern (orosanmälningar), unit 8111 Mottagning, January 2022 – August 2023. 001:
 *   "Per den sista augusti hade 41 procent fler anmälningar kommit in än motsvarande period
 *   föregående år": 600 January–August 2022, 846 in 2023 (+41,0 %).
 */

export const DEMO_ASSISTANCE_UNIT = '8122';
export const DEMO_REPORTS_OF_CONCERN_UNIT = '8111';
export const DEMO_ASSISTANCE_TARGETS = {
  householdsJanAug2022: 250,
  householdsJanAug2023: 264,
  longTerm2022: 139,
} as const;
export const DEMO_REPORTS_OF_CONCERN = { janAug2022: 600, janAug2023: 846 } as const;

/** A household's months with assistance, as periods. */
interface DemoHousehold {
  readonly id: string;
  readonly periods: number[];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** A spell of `length` months from `start` within the year (clipped at December). */
const spell = (year: number, start: number, length: number): number[] =>
  range(start, Math.min(12, start + length - 1)).map((month) => periodNumber(year, toMonth(month)));

function households(random: SeededRandom): DemoHousehold[] {
  const made: DemoHousehold[] = [];
  let next = 1001;
  const add = (periods: number[]): DemoHousehold => {
    const household = { id: `EB-${String(next)}`, periods };
    next += 1;
    made.push(household);
    return household;
  };
  // 2022's long-term recipients: 10-12 of the year's months (at least 6 of January-August).
  const longTerm = range(1, DEMO_ASSISTANCE_TARGETS.longTerm2022).map(() => {
    const gaps = random.integer(0, 2);
    const months = range(1, 12);
    for (let gap = 0; gap < gaps; gap += 1) months.splice(random.integer(0, months.length - 1), 1);
    return add(months.map((month) => periodNumber(2022, toMonth(month))));
  });
  // Short spells that touch January-August 2022 (1-6 months, so none is long-term).
  const shortTerm2022 =
    DEMO_ASSISTANCE_TARGETS.householdsJanAug2022 - DEMO_ASSISTANCE_TARGETS.longTerm2022;
  for (let index = 0; index < shortTerm2022; index += 1)
    add(spell(2022, random.integer(1, 8), random.integer(1, 6)));
  // The autumn's newcomers (001: "Andra halvåret ökade kostnadsläget"), 40 from September.
  const autumn = range(1, 40).map(() => add(spell(2022, random.integer(9, 12), 4)));
  // 2023: 120 of the long-term recipients stay, 30 of the autumn's newcomers go on into the
  // year, and the rest of January-August's 264 are new, more of them in the summer (001).
  longTerm.slice(0, 120).forEach((household) => household.periods.push(...spell(2023, 1, 8)));
  autumn
    .slice(0, 30)
    .forEach((household) => household.periods.push(...spell(2023, 1, random.integer(2, 8))));
  const new2023 = DEMO_ASSISTANCE_TARGETS.householdsJanAug2023 - 120 - 30;
  for (let index = 0; index < new2023; index += 1) {
    const start = index % 3 === 0 ? random.integer(1, 5) : random.integer(5, 8);
    add(spell(2023, start, Math.min(random.integer(1, 6), 9 - start)));
  }
  return made;
}

/** The ledger's payments of ekonomiskt bistånd of the unit per month, as a positive amount. */
function ledgerAssistance(transactions: readonly DemoTransaction[]): Map<number, Ore> {
  const months = new Map<number, Ore>();
  for (const transaction of transactions) {
    if (transaction.account !== '4110' || transaction.unitCode !== DEMO_ASSISTANCE_UNIT) continue;
    const period =
      Number(transaction.date.slice(0, 4)) * 100 + Number(transaction.date.slice(5, 7));
    months.set(period, ore((months.get(period) ?? 0) - transaction.amount));
  }
  return months;
}

/** The demo's file of financial assistance: `hushall_id;period;belopp;enhet`, CSV text. */
export function demoAssistanceCsv(transactions: readonly DemoTransaction[]): string {
  const random = seededRandom(1489_0001);
  const all = households(random);
  const amounts = ledgerAssistance(transactions);
  const lines = ['hushall_id;period;belopp;enhet'];
  for (const period of [...amounts.keys()].sort((a, b) => a - b)) {
    const paid = all.filter((household) => household.periods.includes(period));
    if (paid.length === 0) continue;
    const parts = allocate(
      amounts.get(period) ?? ore(0),
      paid.map(() => random.integer(40, 160)),
    );
    paid.forEach((household, index) => {
      const amount = formatKronor(parts[index] ?? ore(0)).replace(/\u00a0/g, '');
      lines.push(`${household.id};${String(period)};${amount};${DEMO_ASSISTANCE_UNIT}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/** The demo's file of orosanmälningar: `matt;enhet;period;varde`, CSV text. */
export function demoVolumesCsv(): string {
  const random = seededRandom(1489_0041);
  const lines = ['matt;enhet;period;varde'];
  const write = (year: number, months: number[], total: number) => {
    const values = allocate(
      ore(total),
      months.map(() => random.integer(80, 120)),
    );
    months.forEach((month, index) =>
      lines.push(
        `orosanmälningar;${DEMO_REPORTS_OF_CONCERN_UNIT};${String(periodNumber(year, toMonth(month)))};${String(values[index] ?? 0)}`,
      ),
    );
  };
  write(2022, range(1, 8), DEMO_REPORTS_OF_CONCERN.janAug2022);
  write(2022, range(9, 12), 330);
  write(2023, range(1, 8), DEMO_REPORTS_OF_CONCERN.janAug2023);
  return `${lines.join('\n')}\n`;
}

/**
 * The README's example (examples/ekonomiskt-bistand.csv): the demo's August 2023 payments moved
 * to September 2023, a month the demo does not have yet.
 */
export function demoAssistanceExample(transactions: readonly DemoTransaction[]): string {
  const [header = '', ...rows] = demoAssistanceCsv(transactions).trimEnd().split('\n');
  const september = rows
    .filter((row) => row.includes(';202308;'))
    .map((row) => row.replace(';202308;', ';202309;'));
  return `${[header, ...september].join('\n')}\n`;
}

/** The README's example (examples/volymer.csv): September 2023's orosanmälningar. */
export function demoVolumesExample(): string {
  return `matt;enhet;period;varde\norosanmälningar;${DEMO_REPORTS_OF_CONCERN_UNIT};202309;118\n`;
}

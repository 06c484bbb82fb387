import type { InvestmentLineRef } from '../budget/investment-links';
import { oreFromKronor, type Ore } from '../kernel/money';
import { toMonth, type IsoDate } from '../kernel/period';
import type { DemoInvestmentFollowUp } from './demo-budget';

/**
 * The demo's investments in the ledger: purchases booked on fixed-asset accounts with an
 * investment project (the SIE project dimension), and the links of the investment lines to
 * those projects. Alingsås: 2022 and 2023, so that the interim report's investment table (001)
 * at August 2023 reads Inventarier 213 / 46, IT-utrustning 159 / 200, Transportmedel 0 / 30
 * tkr; Exempelkommun: the furniture of 2025, 0,2 mnkr by April (003, section 4).
 */

/** A purchase on an asset account, in ledger sign (debit +): expenditure positive. */
export interface DemoAssetTransaction {
  readonly date: IsoDate;
  readonly account: string;
  readonly projectCode: string;
  readonly amount: Ore;
  readonly text: string;
  readonly verification: string;
}

export interface DemoInvestmentLink extends InvestmentLineRef {
  readonly projectCodes: readonly string[];
  readonly accounts: readonly string[];
}

/** The Kommun-Bas asset accounts the demo books on, with their names. */
export const DEMO_ASSET_ACCOUNTS: readonly { readonly number: string; readonly name: string }[] = [
  { number: '1220', name: 'Inventarier' },
  { number: '1240', name: 'Bilar och andra transportmedel' },
  { number: '1250', name: 'Datorer' },
];

const purchase = (
  date: string,
  account: string,
  projectCode: string,
  kronor: number,
  text: string,
  verification: string,
): DemoAssetTransaction => ({
  date: date as IsoDate,
  account,
  projectCode,
  amount: oreFromKronor(kronor),
  text,
  verification,
});

const FURNITURE = '91010';
const COMPUTERS = '91020';
const VEHICLES = '91030';

/** Alingsås's investment lines and their projects (the lines of 001 and 002). */
export const ALINGSAS_INVESTMENT_LINKS: readonly DemoInvestmentLink[] = [
  { category: 'reinvestment', name: 'Inventarier', projectCodes: [FURNITURE], accounts: [] },
  { category: 'reinvestment', name: 'IT-utrustning', projectCodes: [COMPUTERS], accounts: [] },
  { category: 'reinvestment', name: 'Transportmedel', projectCodes: [VEHICLES], accounts: [] },
];

/**
 * Alingsås's purchases of 2022 and 2023 (the ledger holds 2022 and January-August 2023): to
 * August 2022 Inventarier 46, IT-utrustning 200, Transportmedel 30 tkr; to August 2023 213,
 * 159 and 0 tkr. A purchase in October 2022 is after the interim report's period.
 */
export const ALINGSAS_ASSET_TRANSACTIONS: readonly DemoAssetTransaction[] = [
  purchase('2022-02-10', '1250', COMPUTERS, 126_000, 'Bärbara datorer, 12 st', 'I 2022-1'),
  purchase('2022-03-17', '1220', FURNITURE, 18_400, 'Kontorsstolar', 'I 2022-2'),
  purchase('2022-04-07', '1240', VEHICLES, 30_000, 'Elcyklar, familjebehandlingen', 'I 2022-3'),
  purchase('2022-05-19', '1250', COMPUTERS, 74_000, 'Skärmar och dockningsstationer', 'I 2022-4'),
  purchase('2022-06-09', '1220', FURNITURE, 27_600, 'Skrivbord, höj- och sänkbara', 'I 2022-5'),
  purchase('2022-10-20', '1220', FURNITURE, 52_000, 'Möbler till samtalsrum', 'I 2022-6'),
  purchase('2023-02-23', '1220', FURNITURE, 61_250, 'Kontorsstolar', 'I 2023-1'),
  purchase('2023-03-09', '1250', COMPUTERS, 84_000, 'Bärbara datorer, 8 st', 'I 2023-2'),
  purchase('2023-05-11', '1220', FURNITURE, 98_500, 'Möbler till besöksrum', 'I 2023-3'),
  purchase('2023-06-15', '1250', COMPUTERS, 75_000, 'Mobiltelefoner', 'I 2023-4'),
  purchase('2023-08-17', '1220', FURNITURE, 53_250, 'Ljudabsorbenter', 'I 2023-5'),
];

const EXEMPELKOMMUN_FURNITURE = '7310';

export const EXEMPELKOMMUN_INVESTMENT_LINKS: readonly DemoInvestmentLink[] = [
  {
    category: 'reinvestment',
    name: 'Inventarier',
    projectCodes: [EXEMPELKOMMUN_FURNITURE],
    accounts: [],
  },
];

/** Exempelkommun's furniture of 2025: 214 tkr by April, "0,2 mnkr ... avser möbler" (003). */
export const EXEMPELKOMMUN_ASSET_TRANSACTIONS: readonly DemoAssetTransaction[] = [
  purchase(
    '2025-02-18',
    '1220',
    EXEMPELKOMMUN_FURNITURE,
    96_400,
    'Möbler, gruppbostad Linden',
    'I 2025-1',
  ),
  purchase(
    '2025-04-09',
    '1220',
    EXEMPELKOMMUN_FURNITURE,
    117_600,
    'Soffgrupp och matbord, korttidsboendet',
    'I 2025-2',
  ),
];

/** An investment line's budget of a year, for a budget version of the demo. */
export interface DemoInvestmentLine extends InvestmentLineRef {
  readonly year: number;
  readonly amount: Ore;
}

/** Alingsås's investment budget 2023 (001, Budget 2023), with the 2023 budget. */
export const ALINGSAS_INVESTMENT_BUDGET_2023: readonly DemoInvestmentLine[] = [
  { category: 'reinvestment', name: 'Inventarier', year: 2023, amount: oreFromKronor(400_000) },
  { category: 'reinvestment', name: 'IT-utrustning', year: 2023, amount: oreFromKronor(200_000) },
  { category: 'reinvestment', name: 'Transportmedel', year: 2023, amount: oreFromKronor(0) },
];

/**
 * The forecasts the controller entered at the interim report of August 2023 (001, Prognos
 * helår 2023): the budget on every line. The actuals are the ledger's; nothing to adjust.
 */
export const ALINGSAS_INVESTMENT_FOLLOW_UP_2023: readonly DemoInvestmentFollowUp[] =
  ALINGSAS_INVESTMENT_BUDGET_2023.map((line) => ({
    year: 2023,
    month: toMonth(8),
    category: line.category,
    name: line.name,
    actualYearToDate: null,
    forecast: line.amount,
    comment:
      line.name === 'Inventarier'
        ? 'Resterande möbler till besöksrummen köps in under hösten.'
        : null,
  }));

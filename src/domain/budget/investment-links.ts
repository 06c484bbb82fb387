import { isFixedAssetAccount } from '../ledger/kommun-bas';
import { INVESTMENT_CATEGORY_NAMES_SV, type InvestmentCategory } from './investments';

/**
 * The links of a board's investment lines to the ledger: a line (category and name, whatever
 * budget version holds it) takes its actuals from the transactions on fixed-asset accounts
 * that carry one of its project codes (the SIE project dimension), or, without a project code
 * linked to another line, are booked on one of its asset accounts. A project code or an
 * account belongs to at most one line of a board.
 */

export type InvestmentLinkKind = 'project' | 'account';

export interface InvestmentLineRef {
  readonly category: InvestmentCategory;
  readonly name: string;
}

export interface InvestmentLink extends InvestmentLineRef {
  readonly kind: InvestmentLinkKind;
  readonly code: string;
}

/** "Reinvestering/Inventarier", as the report's rows name a line. */
export const investmentLineLabelSv = (line: InvestmentLineRef): string =>
  `${INVESTMENT_CATEGORY_NAMES_SV[line.category]}/${line.name}`;

export const sameInvestmentLine = (a: InvestmentLineRef, b: InvestmentLineRef): boolean =>
  a.category === b.category && a.name === b.name;

export interface InvestmentLinkProblem {
  readonly field: 'projectCodes' | 'assetAccounts';
  readonly problem: 'duplicate-code' | 'not-an-asset-account' | 'linked-to-other-line';
  /** The code, and for a code linked elsewhere the line it is linked to. */
  readonly value: string;
}

/** A code as typed, without the spaces around it. */
export const normaliseLinkCode = (code: string): string => code.trim();

/**
 * What is wrong with the links a line is given (its project codes and accounts, each list
 * replacing the line's), against the board's other lines' links: a code given twice, an
 * account that is not a fixed-asset account (Kommun-Bas 1000-1299), a code another line has.
 */
export function investmentLinkProblems(
  line: InvestmentLineRef,
  given: { readonly projectCodes: readonly string[]; readonly accounts: readonly string[] },
  boardLinks: readonly InvestmentLink[],
): InvestmentLinkProblem[] {
  const problems: InvestmentLinkProblem[] = [];
  const lists = [
    ['projectCodes', 'project', given.projectCodes],
    ['assetAccounts', 'account', given.accounts],
  ] as const;
  for (const [field, kind, codes] of lists) {
    const seen = new Set<string>();
    for (const raw of codes) {
      const code = normaliseLinkCode(raw);
      if (seen.has(code)) {
        problems.push({ field, problem: 'duplicate-code', value: code });
        continue;
      }
      seen.add(code);
      if (kind === 'account' && !isFixedAssetAccount(code)) {
        problems.push({ field, problem: 'not-an-asset-account', value: code });
        continue;
      }
      const other = boardLinks.find(
        (link) => link.kind === kind && link.code === code && !sameInvestmentLine(link, line),
      );
      if (other) {
        problems.push({
          field,
          problem: 'linked-to-other-line',
          value: `${code}: ${investmentLineLabelSv(other)}`,
        });
      }
    }
  }
  return problems;
}

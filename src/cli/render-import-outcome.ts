import { codeAndNameSv, createdListSv, importIssueSv } from '../contract/import-messages-sv';
import type { ImportOutcome } from '../contract/ledger-import';
import { formatTkr } from '../domain/kernel/format';
import {
  MONTH_ABBREVIATIONS_SV,
  periodMonth,
  periodYear,
  toPeriodNumber,
} from '../domain/kernel/period';
import { ACCOUNT_GROUP_NAMES_SV } from '../domain/ledger/account-group';

const tkr = (amount: number): string => formatTkr(amount as never);

function monthLabel(period: number): string {
  const value = toPeriodNumber(period);
  return `${MONTH_ABBREVIATIONS_SV[periodMonth(value)]} ${String(periodYear(value))}`;
}

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  cp437: 'IBM PC 8-bit (CP437)',
  'windows-1252': 'Windows-1252',
};

/** What an import did, for a terminal, in Swedish. */
export function renderImportOutcome(outcome: ImportOutcome): string {
  const lines: string[] = [];
  const file = outcome.file;
  lines.push(
    `Fil: ${file.name} (${String(file.lineCount)} rader, ${ENCODING_NAMES[file.encoding] ?? file.encoding}${
      file.sieType ? `, SIE typ ${file.sieType}` : ''
    }${file.program ? `, från ${file.program}` : ''})`,
  );
  if (file.companyName || file.orgNumber) {
    lines.push(
      `Organisation i filen: ${[file.companyName, file.orgNumber].filter(Boolean).join(', ')}`,
    );
  }
  const written = [
    file.generatedOn ? `skapad ${file.generatedOn}` : '',
    file.chartType ? `kontoplan ${file.chartType}` : '',
  ].filter(Boolean);
  if (written.length > 0) lines.push(`Filen: ${written.join(', ')}`);
  lines.push(`Kommun: ${outcome.municipality.name} (${outcome.municipality.code})`);

  if (outcome.status === 'unchanged') {
    lines.push(
      '',
      'Filen är redan inläst med samma innehåll och är månadernas utfall. Inget ändrades.',
    );
    return `${lines.join('\n')}\n`;
  }
  if (outcome.months.length > 0) {
    lines.push('', 'Månader (utfall i tkr, resultatsign):');
    for (const month of outcome.months) {
      lines.push(
        `  ${monthLabel(month.period).padEnd(10)} ${String(month.transactionCount).padStart(9)} transaktioner ${tkr(month.amount).padStart(12)}${
          month.replaces ? '  ersätter tidigare import' : ''
        }`,
      );
    }
    lines.push('', 'Per kontogrupp (tkr):');
    for (const group of outcome.byGroup) {
      lines.push(
        `  ${ACCOUNT_GROUP_NAMES_SV[group.accountGroup].padEnd(30)} ${tkr(group.amount).padStart(12)}`,
      );
    }
    lines.push('', 'Per enhet (tkr):');
    for (const unit of outcome.byUnit) {
      lines.push(
        `  ${codeAndNameSv(unit).padEnd(40)} ${String(unit.transactionCount).padStart(9)} ${tkr(unit.amount).padStart(12)}`,
      );
    }
  }
  if (outcome.balanceAccountCount > 0) {
    lines.push(
      '',
      `${String(outcome.balanceAccountCount)} transaktioner på balanskonton lästes men ingår inte i driftredovisningen.`,
    );
    if (outcome.assetTransactionCount > 0) {
      lines.push(
        `Av dem sparas ${String(outcome.assetTransactionCount)} på anläggningstillgångar (konto 1000–1299) för investeringsuppföljningen.`,
      );
    }
  }
  if (outcome.reconciled) lines.push('Avstämning mot filens årssaldon (#RES/#UB): stämmer.');
  if (outcome.replacementCharacters > 0) {
    lines.push(
      `Obs: filen innehåller ${String(outcome.replacementCharacters)} ersättningstecken (�): tecken gick förlorade innan filen exporterades.`,
    );
  }
  if (outcome.createdUnits.length > 0) {
    lines.push(createdListSv('Nya enheter', outcome.createdUnits));
  }
  if (outcome.createdAccounts.length > 0)
    lines.push(`Nya konton: ${String(outcome.createdAccounts.length)}`);
  if (outcome.budget) {
    lines.push(
      `Periodbudget (#PBUDGET) ${String(outcome.budget.budgetYear)}: ${String(outcome.budget.lineCount)} budgetrader, ${tkr(outcome.budget.amount)} tkr${
        outcome.status === 'committed' ? ', sparad som budgetförslag' : ''
      }.`,
    );
  }

  if (outcome.issues.length > 0) {
    lines.push(
      '',
      `Problem (${String(outcome.issues.length)}${outcome.truncatedIssues ? '+' : ''}):`,
    );
    for (const issue of outcome.issues) lines.push(`  ${importIssueSv(issue)}`);
  }
  lines.push('');
  switch (outcome.status) {
    case 'committed':
      lines.push(
        `Importen är klar: ${String(outcome.transactionCount)} transaktioner är inlästa (import ${outcome.batchId ?? ''}).`,
      );
      break;
    case 'checked':
      lines.push(
        `Provläsningen hittade inga problem: ${String(outcome.transactionCount)} transaktioner kan läsas in. Inget har sparats.`,
      );
      break;
    case 'refused':
      lines.push('Inget har sparats. Rätta problemen och läs in filen igen.');
      break;
  }
  return `${lines.join('\n')}\n`;
}

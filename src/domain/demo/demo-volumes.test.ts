import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { toMonth } from '#domain/kernel/period';
import { parseAssistanceFile } from '#domain/volumes/assistance-file';
import { assistanceReport } from '#domain/volumes/assistance-figures';
import { volumeReport } from '#domain/volumes/volume-figures';
import { parseVolumesFile } from '#domain/volumes/volumes-file';
import { generateDemoDataset } from './demo-dataset';
import { demoAssistanceCsv, demoVolumesCsv } from './demo-volumes';

const transactions = generateDemoDataset().transactions;

describe("the demo's volumes against 001", () => {
  const csv = demoAssistanceCsv(transactions);
  const entries = parseAssistanceFile(csvRows(csv)).entries ?? [];
  const payments = entries.map((entry) => ({
    householdKey: entry.householdId,
    period: entry.period,
    unitCode: entry.unitCode,
    amountOre: entry.amountOre,
  }));

  it('is the same on every run', () => {
    expect(demoAssistanceCsv(transactions)).toBe(csv);
    expect(demoVolumesCsv()).toBe(demoVolumesCsv());
  });

  it('has 5,6 % more households January–August 2023 than 2022, and 139 long-term in 2022', () => {
    expect(entries.length).toBeGreaterThan(0);
    const report = assistanceReport(payments, 2023, toMonth(8));
    expect(report.total.households).toBe(264);
    expect(report.total.householdsLastYear).toBe(250);
    expect(report.total.changeTenths).toBe(56);
    expect(report.longTermLastYear).toBe(139);
  });

  it("pays each month what the ledger's account 4110 of 8122 holds, to the öre", () => {
    const ledger = new Map<number, number>();
    for (const transaction of transactions) {
      if (transaction.account !== '4110' || transaction.unitCode !== '8122') continue;
      const period = Number(transaction.date.slice(0, 7).replace('-', ''));
      ledger.set(period, (ledger.get(period) ?? 0) - transaction.amount);
    }
    const paid = new Map<number, number>();
    for (const payment of payments)
      paid.set(payment.period, (paid.get(payment.period) ?? 0) + payment.amountOre);
    expect(paid).toEqual(ledger);
  });

  it('has 41 % more orosanmälningar January–August 2023 than 2022', () => {
    const values = (parseVolumesFile(csvRows(demoVolumesCsv())).entries ?? []).map((entry) => ({
      ...entry,
      unitName: 'Mottagning',
    }));
    expect(volumeReport(values, 2023, toMonth(8))).toEqual([
      {
        measure: 'orosanmälningar',
        unitCode: '8111',
        unitName: 'Mottagning',
        value: 846,
        valueLastYear: 600,
        changeTenths: 410,
      },
    ]);
  });
});

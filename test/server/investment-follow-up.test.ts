import { expect, it } from 'vitest';
import { investmentFollowUpTable } from '#domain/budget/investment-follow-up';
import { oreFromTkr, roundToTkr } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import { describeOneEngine } from '../support/test-database';
import { investmentFixture } from './investment-budget.test-helpers';

/** The investment follow-up: a month's actuals, forecasts and comments per line of the year's budget. */
describeOneEngine('the investment follow-up on %s', (engine) => {
  const fx = investmentFixture(engine);
  const { followUpOf, getFollowUp, saveFollowUp, auditRows, refusal } = fx;

  it('reads the 2026 follow-up: the demo’s entries, the latest month unless one is asked for', async () => {
    const latest = await getFollowUp('year=2026');
    expect(latest.month).toBe(8);
    expect(latest.monthsEntered).toEqual([4, 8]);
    expect(latest.version?.id).toBe(fx.adopted2026);
    expect(latest.lines.map((entry) => [entry.name, roundToTkr(entry.budget)])).toEqual([
      ['Inventarier', 250],
      ['IT-utrustning', 300],
      ['Lokalanpassning i annans fastighet', 250],
    ]);
    const table = investmentFollowUpTable({
      month: latest.month,
      lines: latest.lines,
    });
    const inventarier = table.find((row) => row.key === 'reinvestment/Inventarier');
    expect(inventarier).toMatchObject({
      actualYearToDate: oreFromTkr(121),
      forecast: oreFromTkr(230),
      variance: oreFromTkr(20),
      comment: 'Färre kontorsmöbler än planerat byts ut i år.',
    });
    const total = table.at(-1);
    expect(
      [total?.budget, total?.actualYearToDate, total?.forecast].map((v) =>
        roundToTkr(v ?? oreFromTkr(0)),
      ),
    ).toEqual([800, 381, 780]);
    const april = await getFollowUp('year=2026&month=4');
    expect(april.month).toBe(4);
    // No follow-up version for 2027 yet (the draft is not decided).
    expect(await getFollowUp('year=2027')).toEqual({
      year: 2027,
      month: 1,
      version: null,
      monthsEntered: [],
      revision: null,
      lines: [],
    });
  });

  it('saves a month’s actuals, forecasts and comments, audited; an empty line removes its entry', async () => {
    const september = followUpOf(
      await saveFollowUp({
        year: 2026,
        month: 9,
        lines: [
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(150),
            forecast: oreFromTkr(230),
            comment: ' Stolar levererade i september. ',
          },
          {
            category: 'reinvestment',
            name: 'IT-utrustning',
            actualYearToDate: null,
            forecast: oreFromTkr(280),
            comment: '',
          },
        ],
      }),
    );
    expect(september.month).toBe(9);
    expect(september.monthsEntered).toEqual([4, 8, 9]);
    const rows = investmentFollowUpTable({ month: toMonth(9), lines: september.lines });
    expect(rows.find((row) => row.key === 'reinvestment/Inventarier')).toMatchObject({
      actualYearToDate: oreFromTkr(150),
      forecast: oreFromTkr(230),
      forecastSource: 'entered',
      comment: 'Stolar levererade i september.',
    });
    // IT-utrustning is linked to its project, which has no purchase in 2026: the ledger's 0.
    expect(rows.find((row) => row.key === 'reinvestment/IT-utrustning')).toMatchObject({
      actualYearToDate: oreFromTkr(0),
      ledgerActual: oreFromTkr(0),
      adjustment: null,
      forecast: oreFromTkr(280),
      variance: oreFromTkr(20),
    });
    // Lokalanpassning was not given: August's forecast stands.
    expect(
      rows.find((row) => row.key === 'adaptation/Lokalanpassning i annans fastighet'),
    ).toMatchObject({ forecastSource: 'earlier', forecastMonth: 8, forecast: oreFromTkr(250) });
    const entry = september.lines[0]?.entries.find((candidate) => candidate.month === 9);
    expect(entry?.updatedBy).toBe('controller');

    const [row] = await auditRows('investment-follow-up-update');
    expect(row).toMatchObject({
      object_id: fx.adopted2026,
      before: {},
      after: {
        'Reinvestering: Inventarier':
          'utfall 150 tkr, prognos 230 tkr, kommentar: Stolar levererade i september.',
        'Reinvestering: IT-utrustning': 'prognos 280 tkr',
      },
      details: { year: 2026, month: 9 },
    });

    // Emptied: the month's entry of IT-utrustning goes.
    const cleared = followUpOf(
      await saveFollowUp({
        year: 2026,
        month: 9,
        lines: [
          {
            category: 'reinvestment',
            name: 'IT-utrustning',
            actualYearToDate: null,
            forecast: null,
            comment: '',
          },
        ],
      }),
    );
    expect(cleared.lines[1]?.entries.map((candidate) => candidate.month)).toEqual([4, 8]);
    const log = await auditRows('investment-follow-up-update');
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({
      before: { 'Reinvestering: IT-utrustning': 'prognos 280 tkr' },
      after: {},
    });
  });

  it('refuses a line not in the year’s budget, a negative figure, and a year without a follow-up budget', async () => {
    const wrong = refusal(
      await saveFollowUp({
        year: 2026,
        month: 10,
        lines: [
          {
            category: 'reinvestment',
            name: 'Transportmedel',
            actualYearToDate: null,
            forecast: oreFromTkr(10),
            comment: '',
          },
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(-3),
            forecast: null,
            comment: ' ',
          },
          {
            category: 'adaptation',
            name: 'Lokalanpassning i annans fastighet',
            actualYearToDate: oreFromTkr(-4),
            forecast: null,
            comment: 'Rättelse',
          },
        ],
      }),
    );
    expect(wrong.status).toBe(400);
    // Inventarier is linked to the ledger: its adjustment may be negative but must say what it
    // corrects. Lokalanpassning is linked to nothing: its actual is entered, and not negative.
    expect(wrong.error.issues).toEqual([
      { field: 'investmentLine', problem: 'not-in-budget', value: 'Reinvestering: Transportmedel' },
      { field: 'comment', problem: 'required-for-adjustment', value: 'Inventarier: -3 tkr' },
      {
        field: 'actualYearToDate',
        problem: 'negative',
        value: 'Lokalanpassning i annans fastighet: -4 tkr',
      },
    ]);
    expect(wrong.sv).toContain(
      'Investeringsraden finns inte i årets investeringsbudget (Reinvestering: Transportmedel)',
    );
    expect(wrong.sv).toContain(
      'Kommentaren saknas: en justering av det bokförda utfallet ska ha en kommentar som säger vad den rättar (Inventarier: -3 tkr)',
    );
    expect((await getFollowUp('year=2026')).monthsEntered).toEqual([4, 8, 9]);

    const noBudget = refusal(await saveFollowUp({ year: 2027, month: 1, lines: [] }));
    expect(noBudget.status).toBe(404);
    expect(noBudget.error.details).toMatchObject({ entity: 'budget-version', value: '2027' });
  });

  it('takes a negative adjustment of a linked line’s booked actual, with the comment that labels it', async () => {
    const october = followUpOf(
      await saveFollowUp({
        year: 2026,
        month: 10,
        lines: [
          {
            category: 'reinvestment',
            name: 'IT-utrustning',
            actualYearToDate: oreFromTkr(-15),
            forecast: oreFromTkr(280),
            comment: 'Skärmar bokförda på fel projekt, ver L 40',
          },
        ],
      }),
    );
    const rows = investmentFollowUpTable({ month: toMonth(10), lines: october.lines });
    expect(rows.find((row) => row.key === 'reinvestment/IT-utrustning')).toMatchObject({
      ledgerActual: oreFromTkr(0),
      adjustment: oreFromTkr(-15),
      actualYearToDate: oreFromTkr(-15),
      comment: 'Skärmar bokförda på fel projekt, ver L 40',
    });
    expect((await auditRows('investment-follow-up-update')).at(-1)).toMatchObject({
      after: {
        'Reinvestering: IT-utrustning':
          'utfall -15 tkr, prognos 280 tkr, kommentar: Skärmar bokförda på fel projekt, ver L 40',
      },
      details: { year: 2026, month: 10 },
    });
  });
});

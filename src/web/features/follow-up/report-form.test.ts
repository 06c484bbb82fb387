import { describe, expect, it } from 'vitest';
import type { UnitReport } from '#contract/follow-up';
import { oreFromTkr } from '#domain/kernel/money';
import { toMonth } from '#domain/kernel/period';
import {
  changedFields,
  draftOf,
  forecastSum,
  readReport,
  rebaseOnSaved,
  takeProposal,
  takeSaved,
  typeForecast,
} from './report-form';

const tkr = oreFromTkr;
const SAVED_AT = '2023-09-05T12:00:00.000Z';

/** Utredning ungdom in August: personnel forecast saved by Sara, purchases not yet. */
function report(overrides: Partial<UnitReport> = {}): UnitReport {
  return {
    year: 2023,
    month: toMonth(8),
    orgUnit: { id: 'u-8113', code: '8113', name: 'Utredning ungdom' },
    locked: false,
    status: 'draft',
    remark: null,
    approved: null,
    actions: ['save', 'submit'],
    figures: {
      budgetYearToDate: tkr(-20_000),
      actualYearToDate: tkr(-18_000),
      variance: tkr(2_000),
      previousVariance: tkr(1_500),
      budget: tkr(-30_000),
      forecast: tkr(-28_000),
      forecastVariance: tkr(2_000),
      forecastChange: tkr(0),
    },
    groups: [
      {
        accountGroup: 'personnel_costs',
        budgetYearToDate: tkr(-8_000),
        actualYearToDate: tkr(-7_600),
        budget: tkr(-12_000),
        forecast: {
          amount: tkr(-11_500),
          method: 'budget',
          revision: 3,
          updatedBy: 'Sara Holm',
          updatedAt: SAVED_AT,
        },
        previousForecast: tkr(-11_800),
        proposals: [
          { method: 'budget', label: 'Budget', amount: tkr(-12_000), explanation: 'Årets budget' },
          {
            method: 'run-rate',
            label: 'Linjär framskrivning av utfallet',
            amount: tkr(-11_400),
            explanation: 'Utfall jan–aug × 12/8',
          },
        ],
      },
      {
        accountGroup: 'purchased_services',
        budgetYearToDate: tkr(-12_000),
        actualYearToDate: tkr(-10_400),
        budget: tkr(-18_000),
        forecast: null,
        previousForecast: null,
        proposals: [
          {
            method: 'last-year-pattern',
            label: 'Förra årets mönster',
            amount: null,
            explanation: 'Inget förslag: det finns inget utfall för förra året.',
          },
        ],
      },
    ],
    comment: {
      body: 'Färre placeringar.',
      revision: 1,
      updatedBy: 'Sara Holm',
      updatedAt: SAVED_AT,
    },
    action: null,
    forecastComment: null,
    placements: null,
    requirement: {
      commentRequired: true,
      actionRequired: true,
      reasons: ['Avvikelsen 2\u00a0000 tkr är större än 500 tkr.'],
    },
    ...overrides,
  };
}

describe('the unit report form', () => {
  it('fills the fields from what is saved this month and changes nothing by itself', () => {
    const base = report();
    const draft = draftOf(base);
    expect(draft.forecasts.personnel_costs).toEqual({ text: '-11\u00a0500', method: 'budget' });
    expect(draft.forecasts.purchased_services).toEqual({ text: '', method: 'entered' });
    expect(draft.comment).toBe('Färre placeringar.');
    expect(draft.action).toBe('');
    expect(changedFields(base, draft)).toEqual([]);
    const read = readReport(base, draft, 'save');
    expect(read.body).toEqual({
      year: 2023,
      month: 8,
      forecasts: [],
      comment: null,
      action: null,
      forecastComment: null,
      submit: false,
    });
  });

  it('records a proposal’s method when taken, and "entered" once the figure is typed', () => {
    const base = report();
    let draft = takeProposal(draftOf(base), 'personnel_costs', {
      method: 'run-rate',
      amount: tkr(-11_400),
    });
    expect(draft.forecasts.personnel_costs).toEqual({ text: '-11\u00a0400', method: 'run-rate' });
    // A proposal without a figure changes nothing.
    expect(
      takeProposal(draft, 'purchased_services', { method: 'last-year-pattern', amount: null }),
    ).toBe(draft);
    draft = typeForecast(draft, 'purchased_services', '−17\u00a0250');
    expect(draft.forecasts.purchased_services).toEqual({ text: '−17\u00a0250', method: 'entered' });

    const read = readReport(base, draft, 'save');
    expect(read.errors).toEqual({});
    expect(read.body?.forecasts).toEqual([
      {
        accountGroup: 'personnel_costs',
        amount: tkr(-11_400),
        method: 'run-rate',
        baseRevision: 3,
      },
      {
        accountGroup: 'purchased_services',
        amount: tkr(-17_250),
        method: 'entered',
        baseRevision: null,
      },
    ]);
    expect(read.changed).toBe(2);
  });

  it('sends a text only when it changed, with the revision it was read at', () => {
    const base = report();
    const draft = { ...draftOf(base), comment: 'Färre placeringar. ', action: 'Hemtagningar.' };
    const read = readReport(base, draft, 'save');
    // Space at the ends is no change.
    expect(read.body?.comment).toBeNull();
    expect(read.body?.action).toEqual({ body: 'Hemtagningar.', baseRevision: null });
  });

  it('sends the comment on the forecast like the others, never required', () => {
    const base = report();
    const draft = { ...draftOf(base), forecastComment: ' Färre nyplacerade på HVB. ' };
    expect(draftOf(base).forecastComment).toBe('');
    expect(changedFields(base, draft)).toEqual(['forecastComment']);
    const read = readReport(base, draft, 'submit');
    // Submitting asks for the action the threshold requires, not for the forecast's comment.
    expect(Object.keys(read.errors)).toEqual(['action']);
    const saved = readReport(base, draft, 'save');
    expect(saved.body?.forecastComment).toEqual({
      body: 'Färre nyplacerade på HVB.',
      baseRevision: null,
    });
    const stored = report({
      forecastComment: {
        body: 'Färre nyplacerade på HVB.',
        revision: 4,
        updatedBy: 'Sara Holm',
        updatedAt: SAVED_AT,
      },
    });
    expect(draftOf(stored).forecastComment).toBe('Färre nyplacerade på HVB.');
    expect(readReport(stored, draftOf(stored), 'save').body?.forecastComment).toBeNull();
    expect(
      readReport(stored, { ...draftOf(stored), forecastComment: '' }, 'save').body?.forecastComment,
    ).toEqual({ body: '', baseRevision: 4 });
  });

  it('refuses figures that are not whole tkr, and emptying a saved forecast', () => {
    const base = report();
    let draft = typeForecast(draftOf(base), 'purchased_services', '12,5');
    draft = typeForecast(draft, 'personnel_costs', '');
    const read = readReport(base, draft, 'save');
    expect(read.body).toBeNull();
    expect(Object.keys(read.errors).sort()).toEqual([
      'forecast-personnel_costs',
      'forecast-purchased_services',
    ]);
    expect(forecastSum(base, draft)).toBeNull();
  });

  it('asks for the required comment and action on submitting, not on saving a draft', () => {
    const base = report();
    const draft = { ...draftOf(base), comment: '' };
    expect(readReport(base, draft, 'save').errors).toEqual({});
    const submitted = readReport(base, draft, 'submit');
    expect(submitted.body).toBeNull();
    expect(submitted.errors.comment).toBe(
      'Kommentar till avvikelsen krävs för att lämna in. Skriv den innan du lämnar in.',
    );
    expect(submitted.errors.action).toMatch(/^Åtgärd till avvikelsen krävs/);
    const complete = readReport(base, { ...draft, comment: 'Ok.', action: 'Ok.' }, 'submit');
    expect(complete.body?.submit).toBe(true);
  });

  it('sums the forecasts that stand: typed, else saved, previous or the budget', () => {
    const base = report();
    expect(forecastSum(base, draftOf(base))).toBe(tkr(-11_500 - 18_000));
    expect(
      forecastSum(base, typeForecast(draftOf(base), 'purchased_services', '-17\u00a0000')),
    ).toBe(tkr(-11_500 - 17_000));
  });
});

describe('a save over someone else’s', () => {
  const base = report();
  // Jonas saved the comment and the purchases' forecast after Sara opened the form.
  const fresh = report({
    comment: {
      body: 'Färre placeringar på HVB.',
      revision: 2,
      updatedBy: 'Jonas Berg',
      updatedAt: '2023-09-05T12:10:00.000Z',
    },
    groups: report().groups.map((group) =>
      group.accountGroup === 'purchased_services'
        ? {
            ...group,
            forecast: {
              amount: tkr(-17_500),
              method: 'entered',
              revision: 1,
              updatedBy: 'Jonas Berg',
              updatedAt: '2023-09-05T12:10:00.000Z',
            },
          }
        : group,
    ),
  });

  it('keeps the user’s edits, shows the other’s version beside them, takes the rest', () => {
    const mine = {
      ...typeForecast(draftOf(base), 'personnel_costs', '-11\u00a0000'),
      comment: 'Min text.',
    };
    const rebased = rebaseOnSaved(base, mine, fresh);
    expect(rebased.conflicts).toEqual([
      {
        field: 'comment',
        label: 'Kommentar till avvikelsen',
        theirs: 'Färre placeringar på HVB.',
        mine: 'Min text.',
        savedBy: 'Jonas Berg',
        savedAt: '2023-09-05T12:10:00.000Z',
      },
    ]);
    expect(rebased.draft.comment).toBe('Min text.');
    expect(rebased.draft.forecasts.personnel_costs?.text).toBe('-11\u00a0000');
    // Not touched by the user: the saved figure comes in.
    expect(rebased.draft.forecasts.purchased_services).toEqual({
      text: '-17\u00a0500',
      method: 'entered',
    });
    // Saving again replaces theirs, from the revision now read.
    const again = readReport(fresh, rebased.draft, 'save');
    expect(again.body?.comment).toEqual({ body: 'Min text.', baseRevision: 2 });
    expect(again.body?.forecasts).toEqual([
      { accountGroup: 'personnel_costs', amount: tkr(-11_000), method: 'entered', baseRevision: 3 },
    ]);
    // Or the user takes theirs, and nothing is left to save for that field.
    const taken = takeSaved(rebased.draft, fresh, 'comment');
    expect(changedFields(fresh, taken)).toEqual(['forecast-personnel_costs']);
  });

  it('shows the comment on the forecast when both changed it, and takes theirs on request', () => {
    const theirs = report({
      forecastComment: {
        body: 'Hemtagningar från HVB.',
        revision: 1,
        updatedBy: 'Jonas Berg',
        updatedAt: '2023-09-05T12:10:00.000Z',
      },
    });
    const mine = { ...draftOf(base), forecastComment: 'Färre nyplacerade.' };
    const rebased = rebaseOnSaved(base, mine, theirs);
    expect(rebased.conflicts).toEqual([
      {
        field: 'forecastComment',
        label: 'Kommentar till prognosen',
        theirs: 'Hemtagningar från HVB.',
        mine: 'Färre nyplacerade.',
        savedBy: 'Jonas Berg',
        savedAt: '2023-09-05T12:10:00.000Z',
      },
    ]);
    expect(readReport(theirs, rebased.draft, 'save').body?.forecastComment).toEqual({
      body: 'Färre nyplacerade.',
      baseRevision: 1,
    });
    const taken = takeSaved(rebased.draft, theirs, 'forecastComment');
    expect(taken.forecastComment).toBe('Hemtagningar från HVB.');
    expect(changedFields(theirs, taken)).toEqual([]);
    // Not touched by the user: theirs comes in without a conflict.
    expect(rebaseOnSaved(base, draftOf(base), theirs).draft.forecastComment).toBe(
      'Hemtagningar från HVB.',
    );
  });

  it('shows a figure both changed, in tkr with its method', () => {
    const mine = typeForecast(draftOf(base), 'purchased_services', '-16\u00a0000');
    const rebased = rebaseOnSaved(base, mine, fresh);
    expect(rebased.conflicts.map((c) => [c.label, c.mine, c.theirs])).toEqual([
      ['Prognos Köp av tjänster', '-16\u00a0000 tkr (Inmatad)', '-17\u00a0500 tkr (Inmatad)'],
    ]);
  });

  it('is no conflict when both wrote the same, or only the other changed the field', () => {
    const same = { ...draftOf(base), comment: 'Färre placeringar på HVB.' };
    expect(rebaseOnSaved(base, same, fresh).conflicts).toEqual([]);
    expect(rebaseOnSaved(base, draftOf(base), fresh)).toEqual({
      draft: draftOf(fresh),
      conflicts: [],
    });
  });
});

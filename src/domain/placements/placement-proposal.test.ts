import { describe, expect, it } from 'vitest';
import { forecastProposalExplanationSv } from '../follow-up/forecast-proposals';
import { ore } from '../kernel/money';
import { placementsBesideLedger, placementsNoteSv, placementsProposal } from './placement-proposal';

const figures = {
  placements: 3,
  careDays: 600,
  costToDate: ore(180_000_000),
  forecastRest: ore(90_049_999),
  fullYear: ore(270_049_999),
};

describe('placementsProposal', () => {
  it('is the actual to date (a cost) minus the register’s forecast, in whole tkr', () => {
    const proposal = placementsProposal(ore(-175_000_000), figures);
    expect(proposal).toEqual({
      method: 'placements',
      label: 'Utfall hittills + placeringarnas prognos',
      exactAmount: -265_049_999,
      amount: -265_000_000,
    });
    expect(forecastProposalExplanationSv(proposal, 8)).toBe(
      'Utfall jan–aug + placeringsregistrets prognos sep–dec (dygnskostnad × planerade dagar)',
    );
  });

  it('rounds half a tkr away from zero', () => {
    expect(placementsProposal(ore(-50_000), { forecastRest: ore(0) }).amount).toBe(-100_000);
    expect(placementsProposal(ore(-49_999), { forecastRest: ore(0) }).amount).toBe(0);
  });

  it('is the actual at month 12, where the register forecasts nothing', () => {
    const proposal = placementsProposal(ore(-250_000_000), { forecastRest: ore(0) });
    expect(proposal.amount).toBe(-250_000_000);
    expect(forecastProposalExplanationSv(proposal, 12)).toBe('Utfall jan–dec');
  });
});

describe('placementsBesideLedger', () => {
  it('shows the register’s cost above the booked cost as a positive difference', () => {
    expect(placementsBesideLedger(figures, ore(-175_000_000))).toEqual({
      placements: 3,
      careDays: 600,
      registerCostToDate: 180_000_000,
      ledgerCostToDate: 175_000_000,
      difference: 5_000_000,
      forecastRest: 90_049_999,
    });
  });

  it('shows more booked than the register as a negative difference', () => {
    expect(placementsBesideLedger(figures, ore(-181_000_000)).difference).toBe(-1_000_000);
  });
});

describe('placementsNoteSv', () => {
  it('says how far the register is from the booked cost, in tkr', () => {
    expect(placementsNoteSv(placementsBesideLedger(figures, ore(-175_000_000)))).toBe(
      'Placeringar (köpt vård): 3 aktiva i år, 600 vårddygn. Kostnad hittills enligt placeringsregistret 1\u00a0800 tkr, bokfört på Köp av tjänster 1\u00a0750 tkr: registret är 50 tkr högre, en bokning kan saknas eller komma sent. Registrets prognos för resten av året: 900 tkr.',
    );
    expect(placementsNoteSv(placementsBesideLedger(figures, ore(-181_000_000)))).toContain(
      'bokfört är 10 tkr mer än registret',
    );
    expect(placementsNoteSv(placementsBesideLedger(figures, ore(-180_040_000)))).toContain(
      '1\u00a0800 tkr, samma som registret.',
    );
  });
});

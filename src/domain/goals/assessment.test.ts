import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_LEVELS,
  ASSESSMENT_NAMES_SV,
  INDICATOR_STATUS_NAMES_SV,
  proposeAssessment,
} from './assessment';

describe('proposeAssessment', () => {
  it('proposes Helt uppfyllt when every judged indicator reaches its target', () => {
    expect(proposeAssessment(['met'])).toBe('met');
    expect(proposeAssessment(['met', 'met', 'no_outcome'])).toBe('met');
  });

  it('proposes I hög grad uppfyllt when at least half do', () => {
    expect(proposeAssessment(['met', 'not_met'])).toBe('largely_met');
    expect(proposeAssessment(['met', 'met', 'not_met'])).toBe('largely_met');
  });

  it('proposes Delvis uppfyllt when some but fewer than half do', () => {
    expect(proposeAssessment(['met', 'not_met', 'not_met'])).toBe('partly_met');
  });

  it('proposes Ej uppfyllt when none does', () => {
    expect(proposeAssessment(['not_met', 'not_met'])).toBe('not_met');
  });

  it('proposes nothing without an indicator that has both a target and an outcome', () => {
    expect(proposeAssessment([])).toBeNull();
    expect(proposeAssessment(['no_outcome', 'no_target'])).toBeNull();
  });

  it('names the four levels as 001 does, from the lowest', () => {
    expect(ASSESSMENT_LEVELS.map((level) => ASSESSMENT_NAMES_SV[level])).toEqual([
      'Ej uppfyllt',
      'Delvis uppfyllt',
      'I hög grad uppfyllt',
      'Helt uppfyllt',
    ]);
  });

  it('names an indicator’s status for the table', () => {
    expect(INDICATOR_STATUS_NAMES_SV).toEqual({
      met: 'Når målet',
      not_met: 'Når inte målet',
      no_outcome: 'Utfall saknas',
      no_target: 'Mål saknas',
    });
  });
});

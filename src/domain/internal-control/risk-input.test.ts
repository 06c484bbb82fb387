import { describe, expect, it } from 'vitest';
import { checkRisk, type RiskInput } from './risk-input';

const risk = (changes: Partial<RiskInput> = {}): RiskInput => ({
  name: ' Större IT-attack ',
  description: 'Att kritiska verksamhetssystem slås ut. ',
  area: '',
  likelihood: 3,
  impact: 3,
  treatment: 'control_plan',
  treatmentText: 'ignored',
  owner: '',
  ...changes,
});

describe('a risk as the controller enters it', () => {
  it('is trimmed, and a treatment from the list keeps no own text', () => {
    expect(checkRisk(risk())).toEqual({
      ok: true,
      risk: {
        name: 'Större IT-attack',
        description: 'Att kritiska verksamhetssystem slås ut.',
        area: '',
        likelihood: 3,
        impact: 3,
        treatment: 'control_plan',
        treatmentText: null,
        owner: '',
      },
    });
  });

  it('refuses likelihood and impact off the 1–4 scales, naming each field', () => {
    expect(checkRisk(risk({ likelihood: 5, impact: 2.5 }))).toEqual({
      ok: false,
      problems: [
        { field: 'likelihood', problem: 'not-on-scale', value: '5' },
        { field: 'impact', problem: 'not-on-scale', value: '2.5' },
      ],
    });
  });

  it('refuses 0 and an empty name; an own treatment needs its text', () => {
    const checked = checkRisk(
      risk({ name: '  ', impact: 0, treatment: 'own', treatmentText: ' ' }),
    );
    expect(checked.ok ? [] : checked.problems).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'impact', problem: 'not-on-scale', value: '0' },
      { field: 'treatmentText', problem: 'required' },
    ]);
    expect(checkRisk(risk({ treatment: 'own', treatmentText: ' Egen ' }))).toMatchObject({
      ok: true,
      risk: { treatment: 'own', treatmentText: 'Egen' },
    });
  });
});

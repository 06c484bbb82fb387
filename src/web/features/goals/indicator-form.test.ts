import { describe, expect, it } from 'vitest';
import { readIndicatorDraft, type IndicatorDraft } from './indicator-form';

const draft: IndicatorDraft = {
  name: ' Nöjd med bemötandet via telefoni, index 0-100 ',
  unit: 'index',
  direction: 'higher',
  comparator: '>=',
  targetValue: '82,2',
  source: ' Servicemätning Brilliant Future ',
  koladaKpi: 'u00123',
  byGender: false,
  ownerOrgUnitId: '',
  ownerUsername: ' enhetschef ',
};

describe('readIndicatorDraft', () => {
  it('sends the trimmed texts, the target exactly and the Kolada id in capitals', () => {
    expect(readIndicatorDraft(draft)).toEqual({
      errors: {},
      body: {
        name: 'Nöjd med bemötandet via telefoni, index 0-100',
        unit: 'index',
        direction: 'higher',
        target: { comparator: '>=', value: 822_000 },
        source: 'Servicemätning Brilliant Future',
        koladaKpi: 'U00123',
        byGender: false,
        ownerOrgUnitId: null,
        ownerUsername: 'enhetschef',
      },
    });
  });

  it('sends no target when none is chosen and no figure typed', () => {
    expect(
      readIndicatorDraft({ ...draft, comparator: '', targetValue: '' }).body?.target,
    ).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(
      readIndicatorDraft({ ...draft, name: ' ', comparator: '', koladaKpi: 'N3180' }).errors,
    ).toEqual({
      name: 'Ange nyckeltalets namn.',
      comparator: 'Välj hur utfallet ska jämföras med målvärdet.',
      koladaKpi: 'Ett Kolada-id är en bokstav och fem siffror, till exempel N31807.',
    });
    expect(readIndicatorDraft({ ...draft, targetValue: '' }).errors).toEqual({
      targetValue: 'Ange målvärdet, eller välj Inget mål.',
    });
    expect(readIndicatorDraft({ ...draft, targetValue: '82 %' }).errors).toEqual({
      targetValue: 'Skriv ett tal, till exempel 82,2.',
    });
  });
});

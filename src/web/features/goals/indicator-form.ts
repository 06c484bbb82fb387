import type { IndicatorDto } from '#contract/goals';
import {
  COMPARATORS,
  type Comparator,
  type Direction,
  type IndicatorUnit,
} from '#domain/goals/indicator';
import {
  formatIndicatorValue,
  indicatorValue,
  parseIndicatorValue,
} from '#domain/goals/indicator-value';

/** The controller's form for an indicator, as typed, and what it sends. */
export interface IndicatorDraft {
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  /** '' : no target. */
  readonly comparator: Comparator | '';
  readonly targetValue: string;
  readonly source: string;
  readonly koladaKpi: string;
  readonly byGender: boolean;
  /** '' : the controller enters its outcomes. */
  readonly ownerOrgUnitId: string;
  /** A person's user name; '' : none. */
  readonly ownerUsername: string;
}

export type IndicatorDraftField = keyof IndicatorDraft;

export interface IndicatorBody {
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly target: { readonly comparator: Comparator; readonly value: number } | null;
  readonly source: string;
  readonly koladaKpi: string | null;
  readonly byGender: boolean;
  readonly ownerOrgUnitId: string | null;
  readonly ownerUsername: string | null;
}

export function indicatorDraftOf(indicator: IndicatorDto): IndicatorDraft {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    comparator: indicator.target?.comparator ?? '',
    targetValue: indicator.target
      ? formatIndicatorValue(indicatorValue(indicator.target.value)).replace(/\u00a0/g, ' ')
      : '',
    source: indicator.source,
    koladaKpi: indicator.koladaKpi ?? '',
    byGender: indicator.byGender,
    ownerOrgUnitId: indicator.ownerOrgUnitId ?? '',
    ownerUsername: indicator.ownerUsername ?? '',
  };
}

export const isComparator = (value: string): value is Comparator =>
  (COMPARATORS as readonly string[]).includes(value);

/** The draft read: what to send, or each field's problem in Swedish. */
export function readIndicatorDraft(draft: IndicatorDraft): {
  readonly errors: Partial<Record<IndicatorDraftField, string>>;
  readonly body: IndicatorBody | null;
} {
  const errors: Partial<Record<IndicatorDraftField, string>> = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Ange nyckeltalets namn.';
  let target: IndicatorBody['target'] = null;
  const valueText = draft.targetValue.trim();
  if (draft.comparator === '' && valueText !== '') {
    errors.comparator = 'Välj hur utfallet ska jämföras med målvärdet.';
  } else if (draft.comparator !== '') {
    const parsed = parseIndicatorValue(valueText);
    if (valueText === '') errors.targetValue = 'Ange målvärdet, eller välj Inget mål.';
    else if (!parsed.ok) errors.targetValue = 'Skriv ett tal, till exempel 82,2.';
    else target = { comparator: draft.comparator, value: parsed.value };
  }
  const kpi = draft.koladaKpi.trim().toUpperCase();
  if (kpi !== '' && !/^[A-Z]\d{5}$/.test(kpi)) {
    errors.koladaKpi = 'Ett Kolada-id är en bokstav och fem siffror, till exempel N31807.';
  }
  if (Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: {
      name,
      unit: draft.unit,
      direction: draft.direction,
      target,
      source: draft.source.trim(),
      koladaKpi: kpi === '' ? null : kpi,
      byGender: draft.byGender,
      ownerOrgUnitId: draft.ownerOrgUnitId === '' ? null : draft.ownerOrgUnitId,
      ownerUsername: draft.ownerUsername.trim() === '' ? null : draft.ownerUsername.trim(),
    },
  };
}

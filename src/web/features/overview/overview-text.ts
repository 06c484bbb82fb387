import type { OverviewUnit } from '#contract/overview';

/**
 * What a unit's head is asked for at the month, as one Swedish sentence: what the report still
 * owes (forecast, the comment and action the threshold asks for) and to hand it in; or where
 * it stands once handed in.
 */
export function unitTodoSv(unit: OverviewUnit, locked: boolean): string {
  if (locked) return 'Månaden är publicerad och låst.';
  switch (unit.status) {
    case 'approved':
      return 'Klar: godkänd av controllern.';
    case 'submitted':
      return 'Inlämnad: väntar på controllerns granskning.';
    case 'returned':
      return 'Återskickad: läs controllerns anmärkning, rätta och lämna in igen.';
    case 'draft':
    case 'not-started': {
      const owed = [
        unit.forecastGiven ? null : 'ge en prognos',
        unit.commentRequired && !unit.commentGiven ? 'skriv kommentar till avvikelsen' : null,
        unit.actionRequired && !unit.actionGiven ? 'skriv åtgärd' : null,
      ].filter((part): part is string => part !== null);
      const steps = [...owed, 'lämna in'];
      const sentence =
        steps.length === 1
          ? 'lämna in'
          : `${steps.slice(0, -1).join(', ')} och ${steps.at(-1) ?? ''}`;
      return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
    }
  }
}

/** "3 av 11 enheter har lämnat in, 1 är godkänd." */
export function submissionSentenceSv(month: {
  readonly total: number;
  readonly submitted: number;
  readonly approved: number;
}): string {
  const units = month.total === 1 ? 'enhet' : 'enheter';
  return `${String(month.submitted)} av ${String(month.total)} ${units} har lämnat in, ${String(
    month.approved,
  )} ${month.approved === 1 ? 'är godkänd' : 'är godkända'}.`;
}

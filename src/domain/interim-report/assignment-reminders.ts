import { dayNumber, parseIsoDate } from '#domain/kernel/period';
import type { SectionState } from './section-workflow';

/**
 * Reminders to the writers of a report's sections: one a few days before the deadline, one
 * the day after it has passed, each sent once, and only while the section is still the
 * writer's to finish (not yet marked ready or approved).
 */

export const REMINDER_KINDS = ['due-soon', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How many days before the deadline the first reminder goes out. */
export const DAYS_BEFORE_DEADLINE = 3;

export interface AssignmentStanding {
  readonly sectionKey: string;
  /** The last day to mark the section ready, YYYY-MM-DD. */
  readonly deadline: string;
  readonly state: SectionState;
  /** The reminders already sent for this assignment. */
  readonly sent: readonly ReminderKind[];
}

export interface DueReminder {
  readonly sectionKey: string;
  readonly kind: ReminderKind;
  /** Days until the deadline (negative: days since it passed). */
  readonly daysLeft: number;
}

const WRITER_STILL_OWES: readonly SectionState[] = ['not-started', 'draft', 'returned'];

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parseIsoDate(to)) - dayNumber(parseIsoDate(from));
}

/** The reminders to send today (YYYY-MM-DD), at most one per assignment: the most urgent. */
export function dueReminders(
  today: string,
  assignments: readonly AssignmentStanding[],
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const assignment of assignments) {
    if (!WRITER_STILL_OWES.includes(assignment.state)) continue;
    const daysLeft = daysBetween(today, assignment.deadline);
    const kind: ReminderKind | null =
      daysLeft < 0 ? 'overdue' : daysLeft <= DAYS_BEFORE_DEADLINE ? 'due-soon' : null;
    if (kind === null || assignment.sent.includes(kind)) continue;
    due.push({ sectionKey: assignment.sectionKey, kind, daysLeft });
  }
  return due;
}

/** The reminder's sentence, as the app and the e-mail write it. */
export function reminderSv(reminder: DueReminder, sectionTitle: string, deadline: string): string {
  if (reminder.kind === 'overdue') {
    const days = -reminder.daysLeft;
    return `Avsnittet ”${sectionTitle}” skulle ha varit klart ${deadline} (${String(days)} ${days === 1 ? 'dag' : 'dagar'} sedan).`;
  }
  if (reminder.daysLeft === 0)
    return `Avsnittet ”${sectionTitle}” ska vara klart i dag, ${deadline}.`;
  return `Avsnittet ”${sectionTitle}” ska vara klart ${deadline}, om ${String(reminder.daysLeft)} ${reminder.daysLeft === 1 ? 'dag' : 'dagar'}.`;
}

import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dueReminders,
  reminderSv,
  type AssignmentStanding,
} from './assignment-reminders';

const assignment = (overrides: Partial<AssignmentStanding>): AssignmentStanding => ({
  sectionKey: 'verksamhet',
  deadline: '2023-09-15',
  state: 'draft',
  sent: [],
  ...overrides,
});

describe('reminders to the writers', () => {
  it('counts whole days between dates, over a month and a year', () => {
    expect(daysBetween('2023-09-12', '2023-09-15')).toBe(3);
    expect(daysBetween('2023-09-16', '2023-09-15')).toBe(-1);
    expect(daysBetween('2023-08-30', '2023-09-02')).toBe(3);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(() => daysBetween('2023-09-31', '2023-10-01')).toThrow(RangeError);
  });

  it('reminds three days before the deadline and not four', () => {
    expect(dueReminders('2023-09-11', [assignment({})])).toEqual([]);
    expect(dueReminders('2023-09-12', [assignment({})])).toEqual([
      { sectionKey: 'verksamhet', kind: 'due-soon', daysLeft: 3 },
    ]);
  });

  it('reminds on the deadline itself as due, and the day after as overdue', () => {
    expect(dueReminders('2023-09-15', [assignment({})])).toEqual([
      { sectionKey: 'verksamhet', kind: 'due-soon', daysLeft: 0 },
    ]);
    expect(dueReminders('2023-09-16', [assignment({ sent: ['due-soon'] })])).toEqual([
      { sectionKey: 'verksamhet', kind: 'overdue', daysLeft: -1 },
    ]);
  });

  it('sends each reminder once', () => {
    expect(dueReminders('2023-09-13', [assignment({ sent: ['due-soon'] })])).toEqual([]);
    expect(dueReminders('2023-09-20', [assignment({ sent: ['due-soon', 'overdue'] })])).toEqual([]);
  });

  it('does not remind a writer whose section is ready or approved, and does one who got it back', () => {
    const today = '2023-09-16';
    expect(dueReminders(today, [assignment({ state: 'ready' })])).toEqual([]);
    expect(dueReminders(today, [assignment({ state: 'approved' })])).toEqual([]);
    expect(dueReminders(today, [assignment({ state: 'returned' })])).toHaveLength(1);
    expect(dueReminders(today, [assignment({ state: 'not-started' })])).toHaveLength(1);
  });

  it('writes the reminder as a sentence with the days', () => {
    const title = 'Arbetsmiljö';
    expect(
      reminderSv({ sectionKey: 'a', kind: 'due-soon', daysLeft: 3 }, title, '2023-09-15'),
    ).toBe('Avsnittet ”Arbetsmiljö” ska vara klart 2023-09-15, om 3 dagar.');
    expect(
      reminderSv({ sectionKey: 'a', kind: 'due-soon', daysLeft: 0 }, title, '2023-09-15'),
    ).toBe('Avsnittet ”Arbetsmiljö” ska vara klart i dag, 2023-09-15.');
    expect(
      reminderSv({ sectionKey: 'a', kind: 'overdue', daysLeft: -1 }, title, '2023-09-15'),
    ).toBe('Avsnittet ”Arbetsmiljö” skulle ha varit klart 2023-09-15 (1 dag sedan).');
  });
});

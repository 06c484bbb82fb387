import { accountGroupFromSwedishName, isAccountGroup } from './account-group';
import type { AccountRange } from './account-mapping';
import { validateAccountRanges } from './account-mapping';
import type { ImportIssue } from './import-issue';

/**
 * An account map file: one range per line, `account_from;account_to;account_group`, the group
 * by its Swedish name as in the documents ("Personalkostnader") or its code. A header line is
 * allowed; a comma may separate instead of a semicolon.
 */
export function parseAccountMapFile(text: string): {
  ranges: AccountRange[];
  issues: ImportIssue[];
} {
  const ranges: AccountRange[] = [];
  const lineOfRange: number[] = [];
  const issues: ImportIssue[] = [];
  // Trimming the cells drops a byte-order mark too.
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const cells = raw
      .split(raw.includes(';') ? ';' : ',')
      .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    const [from = '', to = '', groupName = ''] = cells;
    if (index === 0 && !/^\d/.test(from)) return; // a header line: its first cell is no number
    if (!/^\d+$/.test(from) || !/^\d+$/.test(to)) {
      issues.push({ code: 'invalid-range', line, value: `${from}-${to}` });
      return;
    }
    const group = isAccountGroup(groupName) ? groupName : accountGroupFromSwedishName(groupName);
    if (!group) {
      issues.push({
        code: 'unknown-account-group',
        line,
        field: 'account_group',
        value: groupName,
      });
      return;
    }
    ranges.push({ from, to, group });
    lineOfRange.push(line);
  });
  const texts = ranges.map((range) => `${range.from}-${range.to}`);
  for (const problem of validateAccountRanges(ranges)) {
    const line = lineOfRange[problem.index] ?? null;
    const value = texts[problem.index] ?? '';
    issues.push(
      problem.code === 'ranges-overlap'
        ? { code: 'overlapping-ranges', line, value, expected: texts[problem.otherIndex] ?? '' }
        : { code: 'invalid-range', line, value },
    );
  }
  if (ranges.length === 0 && issues.length === 0) issues.push({ code: 'empty-file', line: null });
  return { ranges, issues };
}

import { boardReportSchema } from '#contract/board-reports';
import { parsed, post, stateOf, type Row } from './setup';

/** The interim report: opened, a section given to the controller, written and marked ready. */
export const BOARD_REPORTS_ROWS = {
  openBoardReport: {
    changes: 'data',
    request: async (setup) => {
      const opened = await parsed(
        post(setup.controller, setup.url('openBoardReport'), { year: 2023, month: 8 })(),
        boardReportSchema,
      );
      setup.state.set('report', opened.id);
      setup.state.set(
        'reportWriter',
        opened.writers.find((w) => w.displayName === 'Karin Ek')?.id ?? '',
      );
      return post(setup.controller, setup.url('openBoardReport'), { year: 2023, month: 4 });
    },
  },
  assignReportSection: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('assignReportSection', {
            reportId: stateOf(setup, 'report'),
            sectionKey: 'drift',
          }),
          { assigneeId: stateOf(setup, 'reportWriter'), deadline: '2023-09-15', baseRevision: 1 },
        ),
      ),
  },
  saveReportSection: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('saveReportSection', {
            reportId: stateOf(setup, 'report'),
            sectionKey: 'drift',
          }),
          { body: [{ type: 'paragraph', runs: [{ text: 'Utfallet.' }] }], baseRevision: 2 },
        ),
      ),
  },
  stepReportSection: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('stepReportSection', {
            reportId: stateOf(setup, 'report'),
            sectionKey: 'drift',
          }),
          { action: 'mark-ready', comment: null, baseRevision: 3 },
        ),
      ),
  },
} satisfies Record<string, Row>;

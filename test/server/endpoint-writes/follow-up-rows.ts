import { readFileSync } from 'node:fs';
import type { EndpointName } from '#contract/endpoints';
import type { ImportKind } from '#contract/import-history';
import { listImportHistory, uploadLedgerFile } from '#contract/imports';
import { signInAs } from '../../support/http-session';
import { unitReportApi } from '../../support/unit-report-api';
import { AUGUST_FILE, parsed, post, stateOf, importAugust, type Row, type Setup } from './setup';

/** The id of the latest import of a kind, from the import history. */
async function latestImportOf(setup: Setup, kind: ImportKind): Promise<string> {
  const { imports } = await parsed(
    setup.controller({ method: 'GET', url: setup.url('listImportHistory') }),
    listImportHistory.response,
  );
  const latest = imports.find((entry) => entry.kind === kind && entry.undoable);
  if (!latest) throw new Error(`The demo has no ${kind} import to undo`);
  return latest.id;
}

/** The follow-up (unit reports, threshold, texts, the month) and the ledger import. */
export const FOLLOW_UP_ROWS = {
  saveUnitReport: {
    changes: 'data',
    request: async (setup) => {
      const unit = await unitReportApi(setup.api, '8113', 2023, 6);
      setup.state.set('unit-report', unit.url('reviewUnitReport'));
      const unitHead = await signInAs(setup.api.app, 'enhetschef');
      return () =>
        unit.save(unitHead, {
          comment: { body: 'Fler placeringar.', baseRevision: null },
          submit: true,
        });
    },
  },
  reviewUnitReport: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, stateOf(setup, 'unit-report'), {
          year: 2023,
          month: 6,
          decision: 'return',
          remark: 'Mer om orsaken.',
        }),
      ),
  },
  saveFollowUpThreshold: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveFollowUpThreshold'), {
          amount: 50_000_000,
          basisPoints: 500,
        }),
      ),
  },
  saveMonthlyReportText: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveMonthlyReportText'), {
          year: 2023,
          month: 6,
          section: 'summary',
          body: 'Första.',
          baseRevision: null,
        }),
      ),
  },
  saveAllocationForecast: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveAllocationForecast'), {
          year: 2023,
          month: 6,
          expectedChange: -160_000_000,
          expectedChangeText: 'PO-påslag.',
          baseRevision: null,
        }),
      ),
  },
  // After the text: a published month is locked.
  setFollowUpMonth: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('setFollowUpMonth'), {
          year: 2023,
          month: 6,
          kind: 'publish',
          reason: 'Klar.',
        }),
      ),
  },
  uploadLedgerFile: {
    changes: 'no data',
    reason: 'the file is kept by the import jobs until imported, not in the database',
    request: (setup) =>
      Promise.resolve(() =>
        setup.controller({
          method: 'POST',
          url: `${uploadLedgerFile.path}?fileName=augusti.se`,
          headers: { 'content-type': 'application/octet-stream' },
          payload: readFileSync(AUGUST_FILE),
        }),
      ),
  },
  startImportJob: {
    changes: 'data',
    request: (setup) => Promise.resolve(() => importAugust(setup)),
  },
  undoImportBatch: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('undoImportBatch', { importId: stateOf(setup, 'import') }),
        ),
      ),
  },
  undoHrImportBatch: {
    changes: 'data',
    request: async (setup) => {
      const latest = await latestImportOf(setup, 'hr');
      return post(setup.controller, setup.url('undoHrImportBatch', { importId: latest }));
    },
  },
  undoRegisterImportBatch: {
    changes: 'data',
    request: async (setup) => {
      const latest = await latestImportOf(setup, 'placements');
      return post(
        setup.controller,
        setup.url('undoRegisterImportBatch', { kind: 'placements', importId: latest }),
      );
    },
  },
  importHrFile: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(() =>
        setup.controller({
          method: 'POST',
          url: `${setup.url('importHrFile')}?fileName=hr-export.csv`,
          headers: { 'content-type': 'text/csv' },
          payload: readFileSync(new URL('../../../examples/hr-export.csv', import.meta.url)),
        }),
      ),
  },
  importRegisterFile: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(() =>
        setup.controller({
          method: 'POST',
          url: `${setup.url('importRegisterFile', { kind: 'volumes' })}?fileName=volymer.csv`,
          headers: { 'content-type': 'text/csv' },
          payload: readFileSync(new URL('../../../examples/volymer.csv', import.meta.url)),
        }),
      ),
  },
} satisfies Partial<Record<EndpointName, Row>>;

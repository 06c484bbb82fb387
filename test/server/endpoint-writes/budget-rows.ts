import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { budgetGridSchema } from '#contract/budget';
import { budgetDecisionsSchema } from '#contract/budget-decisions';
import { getAccountLines } from '#contract/budget-accounts';
import { linePhasingSchema } from '#contract/budget-phasing';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { frameWalkAnswerSchema } from '#contract/frame-walk';
import { investmentBudgetSchema, investmentFollowUpSchema } from '#contract/investment-budget';
import { investmentLinksSchema } from '#contract/investment-links';
import { unitFramesSchema } from '#contract/unit-frames';
import { oreFromTkr } from '#domain/kernel/money';
import {
  XLSX,
  DRAFT_YEAR,
  post,
  parsed,
  stateOf,
  draftOf,
  firstUnit,
  draftCell,
  type Row,
} from './setup';

/** A kommunbidrag decision of KS in a month the demo has not published. */
const KS_DECISION = {
  year: 2026,
  decidedOn: '2026-10-14',
  decidedBy: 'executive-board',
  reference: 'KS 2026-10-14 § 101',
  kind: 'allocation',
  amount: oreFromTkr(47),
  reason: 'capital-costs',
  reasonText: null,
  phasing: 'from-decision-month',
  investmentLine: null,
  note: null,
};

/** The budget: versions, cells, phasing, account lines, frames, workbook, investments, texts. */
export const BUDGET_ROWS = {
  createBudgetVersion: {
    changes: 'data',
    request: async (setup) => {
      const list = setup.url('listBudgetVersions');
      const { versions } = await parsed(
        setup.controller({ method: 'GET', url: `${list}?year=${String(DRAFT_YEAR - 1)}` }),
        ALL_ENDPOINTS.listBudgetVersions.response,
      );
      return async () => {
        const created = await post(setup.controller, list, {
          budgetYear: DRAFT_YEAR,
          name: `Förslag ${String(DRAFT_YEAR)}`,
          source: { kind: 'budget', versionId: versions[0]?.id },
          upliftBasisPoints: 0,
        })();
        if (created.statusCode === 200) {
          setup.state.set('draft', budgetGridSchema.parse(created.json()).version.id);
        }
        return created;
      };
    },
  },
  saveBudgetCells: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      return post(setup.controller, setup.url('saveBudgetCells', { versionId: draft.version.id }), {
        baseRevision: draft.version.revision,
        cells: [
          {
            orgUnitId: firstUnit(draft),
            accountGroup: 'other_costs',
            year: DRAFT_YEAR,
            amount: oreFromTkr(-123),
          },
        ],
      });
    },
  },
  saveLinePhasing: {
    changes: 'data',
    request: async (setup) => {
      const { key, versionId, query } = await draftCell(setup);
      const phasing = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getLinePhasing', { versionId })}?${query}`,
        }),
        linePhasingSchema,
      );
      return post(setup.controller, setup.url('saveLinePhasing', { versionId }), {
        ...key,
        baseRevision: phasing.revision,
        profile: { kind: 'weights', weights: [5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
        scope: 'line',
      });
    },
  },
  saveAccountLines: {
    changes: 'data',
    request: async (setup) => {
      const { key, versionId, query } = await draftCell(setup);
      const lines = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getAccountLines', { versionId })}?${query}`,
        }),
        getAccountLines.response,
      );
      const [first] = lines.accounts;
      if (!first) throw new Error('No account to put part of the cell on');
      return post(setup.controller, setup.url('saveAccountLines', { versionId }), {
        ...key,
        baseRevision: lines.revision,
        unspecified: lines.total - oreFromTkr(-1),
        accounts: [{ number: first.number, amount: oreFromTkr(-1) }],
      });
    },
  },
  saveUnitFrames: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      const versionId = draft.version.id;
      const frames = await parsed(
        setup.controller({ method: 'GET', url: setup.url('getUnitFrames', { versionId }) }),
        unitFramesSchema,
      );
      return post(setup.controller, setup.url('saveUnitFrames', { versionId }), {
        baseRevision: frames.revision,
        year: DRAFT_YEAR,
        plannedResult: oreFromTkr(1_000),
        frames: [{ orgUnitId: firstUnit(draft), amount: oreFromTkr(-1_000) }],
      });
    },
  },
  importBudgetWorkbook: {
    changes: 'data',
    request: async (setup) => {
      const versionId = stateOf(setup, 'draft');
      const exported = await setup.controller({
        method: 'GET',
        url: setup.url('exportBudgetWorkbook', { versionId }),
      });
      expect(exported.statusCode, exported.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(`Budget ${String(DRAFT_YEAR)}`);
      if (!sheet) throw new Error('No budget sheet');
      // The first unit's first figure, changed by one krona.
      let changed = false;
      sheet.eachRow((row, number) => {
        if (changed || number <= 2) return;
        row.eachCell((cell, column) => {
          if (changed || column === 1 || typeof cell.value !== 'number') return;
          cell.value = cell.value - 1;
          changed = true;
        });
      });
      expect(changed).toBe(true);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      return () =>
        setup.controller({
          method: 'POST',
          url: setup.url('importBudgetWorkbook', { versionId }),
          headers: { 'content-type': XLSX },
          payload: bytes,
        });
    },
  },
  saveInvestmentBudget: {
    changes: 'data',
    request: async (setup) => {
      const versionId = stateOf(setup, 'draft');
      const budget = await parsed(
        setup.controller({ method: 'GET', url: setup.url('getInvestmentBudget', { versionId }) }),
        investmentBudgetSchema,
      );
      return post(setup.controller, setup.url('saveInvestmentBudget', { versionId }), {
        baseRevision: budget.revision,
        lines: [{ category: 'reinvestment', name: 'Inventarier', amounts: [1, 2, 3, 4, 5] }],
      });
    },
  },
  decideBudgetVersion: {
    changes: 'data',
    request: async (setup) => {
      const draft = await draftOf(setup);
      return post(
        setup.controller,
        setup.url('decideBudgetVersion', { versionId: draft.version.id }),
        {
          baseRevision: draft.version.revision,
          status: 'adopted',
          decidedBy: 'SN 2023-11-20 § 99',
          decidedAt: '2023-11-20',
          inFollowUp: false,
        },
      );
    },
  },
  saveBudgetText: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('saveBudgetText'), {
          year: 2027,
          section: 'introduction',
          body: 'Inledning.',
          baseRevision: null,
        }),
      ),
  },
  saveFrameWalk: {
    changes: 'data',
    request: async (setup) => {
      const walk = await parsed(
        setup.controller({ method: 'GET', url: `${setup.url('getFrameWalk')}?year=2027` }),
        frameWalkAnswerSchema,
      );
      return post(setup.controller, setup.url('saveFrameWalk'), {
        baseRevision: walk.revision,
        budgetYear: 2027,
        baseAllocation: oreFromTkr(265_836),
        years: [2027, 2028, 2029].map((year) => ({
          year,
          pkvBasisPoints: 200,
          volume: 0,
          volumeText: '',
          adjustments: [],
        })),
      });
    },
  },
  saveInvestmentFollowUp: {
    changes: 'data',
    request: async (setup) => {
      const month = await parsed(
        setup.controller({
          method: 'GET',
          url: `${setup.url('getInvestmentFollowUp')}?year=2026&month=11`,
        }),
        investmentFollowUpSchema,
      );
      return post(setup.controller, setup.url('saveInvestmentFollowUp'), {
        baseRevision: month.revision,
        year: 2026,
        month: 11,
        lines: [
          {
            category: 'reinvestment',
            name: 'Inventarier',
            actualYearToDate: oreFromTkr(100),
            forecast: oreFromTkr(300),
            comment: 'Faktura ej bokförd',
          },
        ],
      });
    },
  },
  addBudgetDecision: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(post(setup.controller, setup.url('addBudgetDecision'), KS_DECISION)),
  },
  removeBudgetDecision: {
    changes: 'data',
    request: async (setup) => {
      const added = await parsed(
        post(setup.controller, setup.url('addBudgetDecision'), KS_DECISION)(),
        budgetDecisionsSchema,
      );
      const decisionId = added.decisions.at(-1)?.id ?? '';
      return post(setup.controller, setup.url('removeBudgetDecision', { decisionId }));
    },
  },
  saveDecisionDistribution: {
    changes: 'data',
    request: async (setup) => {
      const [added, draft] = await Promise.all([
        parsed(
          post(setup.controller, setup.url('addBudgetDecision'), KS_DECISION)(),
          budgetDecisionsSchema,
        ),
        draftOf(setup),
      ]);
      const decisionId = added.decisions.at(-1)?.id ?? '';
      return post(setup.controller, setup.url('saveDecisionDistribution', { decisionId }), {
        baseRevision: 0,
        rows: [
          { orgUnitId: firstUnit(draft), accountGroup: 'other_costs', amount: oreFromTkr(47) },
        ],
      });
    },
  },
  saveInvestmentLinks: {
    changes: 'data',
    request: async (setup) => {
      const links = await parsed(
        setup.controller({ method: 'GET', url: setup.url('getInvestmentLinks') }),
        investmentLinksSchema,
      );
      return post(setup.controller, setup.url('saveInvestmentLinks'), {
        baseRevision: links.revision,
        category: 'reinvestment',
        name: 'Inventarier',
        projectCodes: ['9901'],
        accounts: ['1220'],
      });
    },
  },
} satisfies Partial<Record<EndpointName, Row>>;

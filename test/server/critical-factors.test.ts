import { afterAll, beforeAll, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import {
  criticalFactorsOf,
  saveCriticalFactor,
  saveCriticalFactorFollowUp,
} from '#server/features/internal-control/critical-factors.service';
import { riskAnalysis } from '#server/features/internal-control/risks.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

/** Kritiska verksamhetsfaktorer: by perspective, with the risks they take care of, followed up. */

const YEAR = 2026;
const INFLOW = 'Förändrat (ökat) tryck på verksamheten utifrån inflöde';
const OTHER_PRINCIPALS =
  'Nämnden behöver arbeta kompensatoriskt för att andra huvudmän inte tar sitt ansvar';

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`not refused: ${String(error)}`);
  return errorMessageSv({
    code: error.code,
    message: error.message,
    details: error.details,
    issues: [...error.issues],
  });
}

describeEachEngine('critical success factors on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  let riskIds: Map<string, string>;
  const clock = { now: () => new Date('2026-09-10T07:30:00Z') };
  const ctx = () => systemContext(database, clock, SYSTEM_ACTOR, board);
  const factor = (
    perspective: string,
    text: string,
    risks: readonly string[],
    changes: { id?: string; baseRevision?: number } = {},
  ) => ({
    year: YEAR,
    id: changes.id ?? null,
    perspective,
    text,
    riskIds: risks.map((name) => riskIds.get(name) ?? name),
    baseRevision: changes.baseRevision ?? null,
  });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    // The demo's risk analysis 2026 (002) is what the factors take care of.
    riskIds = new Map(
      (await riskAnalysis(ctx(), { year: YEAR })).map((risk) => [risk.name, risk.id]),
    );
    await saveCriticalFactor(ctx(), factor('staff', 'Kompetensförsörjning', []));
    await saveCriticalFactor(
      ctx(),
      factor('operations', 'Flexibel organisation som möter inflödet', [INFLOW]),
    );
    await saveCriticalFactor(
      ctx(),
      factor('target_group', 'Samverkan med andra huvudmän', [OTHER_PRINCIPALS, INFLOW]),
    );
    await saveCriticalFactor(ctx(), factor('operations', 'Rättssäker handläggning', []));
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists the factors under the four perspectives in order, with their risks by value', async () => {
    const perspectives = await criticalFactorsOf(ctx(), { year: YEAR });
    expect(
      perspectives.map((group) => [
        group.name,
        group.factors.map((row) => [
          row.position,
          row.text,
          row.risks.map((risk) => `${risk.name} ${String(risk.value)}`),
        ]),
      ]),
    ).toEqual([
      ['Ekonomi', []],
      [
        'Målgrupp',
        [[1, 'Samverkan med andra huvudmän', [`${INFLOW} 12`, `${OTHER_PRINCIPALS} 9`]]],
      ],
      [
        'Verksamhet',
        [
          [1, 'Flexibel organisation som möter inflödet', [`${INFLOW} 12`]],
          [2, 'Rättssäker handläggning', []],
        ],
      ],
      ['Medarbetare', [[1, 'Kompetensförsörjning', []]]],
    ]);
    const created = await database.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'critical-factor-create')
      .orderBy('seq')
      .execute();
    expect(created[2]?.after).toEqual({
      year: YEAR,
      perspective: 'target_group',
      text: 'Samverkan med andra huvudmän',
      // In the analysis's order, whatever order they were given in.
      risks: `${INFLOW}; ${OTHER_PRINCIPALS}`,
    });
  });

  it('changes a factor at its revision, its risks too; an older revision is refused', async () => {
    const staff = (await criticalFactorsOf(ctx(), { year: YEAR }))[3]?.factors[0];
    if (!staff) throw new Error('no factor');
    const saved = await saveCriticalFactor(
      ctx(),
      factor(
        'staff',
        'Kompetensförsörjning och arbetsmiljö',
        ['Otillräcklig kompetensförsörjning'],
        {
          id: staff.id,
          baseRevision: staff.revision,
        },
      ),
    );
    expect([saved.text, saved.revision, saved.riskIds.length]).toEqual([
      'Kompetensförsörjning och arbetsmiljö',
      staff.revision + 1,
      1,
    ]);
    expect(
      await refusal(
        saveCriticalFactor(
          ctx(),
          factor('staff', 'Något annat', [], { id: staff.id, baseRevision: staff.revision }),
        ),
      ),
    ).toBe(
      'Någon annan har sparat den kritiska verksamhetsfaktorn medan du skrev (system 2026-09-10 09:30). Inget av ditt sparades: jämför med det som sparades och spara igen.',
    );
  });

  it('refuses an unknown perspective, an empty text and a risk of another year', async () => {
    expect(await refusal(saveCriticalFactor(ctx(), factor('miljö', ' ', [])))).toBe(
      'Uppgifterna kunde inte användas: Perspektiv är inte ett tillåtet värde (miljö); Den kritiska verksamhetsfaktorn saknas.',
    );
    expect(
      await refusal(
        saveCriticalFactor(ctx(), {
          ...factor('economy', 'Budget i balans', [INFLOW]),
          year: 2027,
        }),
      ),
    ).toBe(
      'Uppgifterna kunde inte användas: Risken är inte en risk i nämndens risk- och väsentlighetsanalys för året (väntat: 2027).',
    );
    expect((await criticalFactorsOf(ctx(), { year: 2027 })).flatMap((g) => g.factors)).toEqual([]);
  });

  it('keeps a follow-up text per report month, compare-and-set, audited', async () => {
    const inflow = (await criticalFactorsOf(ctx(), { year: YEAR }))[2]?.factors[0];
    if (!inflow) throw new Error('no factor');
    const first = await saveCriticalFactorFollowUp(ctx(), {
      criticalFactorId: inflow.id,
      reportMonth: 8,
      text: ' Inflödet har ökat med 8 procent; bemanningen har förstärkts. ',
      baseRevision: null,
    });
    expect([first.text, first.revision]).toEqual([
      'Inflödet har ökat med 8 procent; bemanningen har förstärkts.',
      1,
    ]);
    await saveCriticalFactorFollowUp(ctx(), {
      criticalFactorId: inflow.id,
      reportMonth: 12,
      text: 'Helåret: inflödet stabiliserades.',
      baseRevision: null,
    });
    expect(
      await refusal(
        saveCriticalFactorFollowUp(ctx(), {
          criticalFactorId: inflow.id,
          reportMonth: 8,
          text: 'Skrivet samtidigt',
          baseRevision: null,
        }),
      ),
    ).toBe(
      'Någon annan har sparat uppföljningen av den kritiska verksamhetsfaktorn medan du skrev (system 2026-09-10 09:30). Inget av ditt sparades: jämför med det som sparades och spara igen.',
    );
    await saveCriticalFactorFollowUp(ctx(), {
      criticalFactorId: inflow.id,
      reportMonth: 8,
      text: 'Inflödet har ökat med 9 procent.',
      baseRevision: 1,
    });
    const shown = (await criticalFactorsOf(ctx(), { year: YEAR }))[2]?.factors[0];
    expect(shown?.followUps.map((row) => [row.reportMonth, row.text, row.revision])).toEqual([
      [8, 'Inflödet har ökat med 9 procent.', 2],
      [12, 'Helåret: inflödet stabiliserades.', 1],
    ]);
    const logged = await database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'critical-factor-follow-up')
      .orderBy('seq')
      .execute();
    expect(logged.at(-1)).toEqual({
      before: {
        reportMonth: 8,
        text: 'Inflödet har ökat med 8 procent; bemanningen har förstärkts.',
      },
      after: { reportMonth: 8, text: 'Inflödet har ökat med 9 procent.' },
    });
  });
});

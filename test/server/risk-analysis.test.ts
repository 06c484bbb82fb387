import { afterAll, beforeAll, expect, it } from 'vitest';
import { errorMessageSv } from '#contract/error-messages-sv';
import type { RiskInput } from '#domain/internal-control/risk-input';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import {
  riskAnalysis,
  saveRisk,
  startRiskAnalysis,
} from '#server/features/internal-control/risks.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

/** The board's risk and materiality analysis: saved, ordered by value, carried to a new year. */

const YEAR = 2030;

const risk = (name: string, likelihood: number, impact: number): RiskInput => ({
  name,
  description: `Beskrivning av ${name}`,
  area: 'Myndighetsutövning',
  likelihood,
  impact,
  treatment: 'control_plan',
  treatmentText: null,
  owner: 'Socialchef',
});

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

describeEachEngine('the risk and materiality analysis on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  const clock = { now: () => new Date('2029-10-01T08:00:00Z') };
  const ctx = () => systemContext(database, clock, SYSTEM_ACTOR, board);
  const auditRows = (action: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['object_type', 'before', 'after'])
      .where('action', '=', action)
      .where('municipality_id', '=', board.municipalityId)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    for (const [name, likelihood, impact] of [
      ['Oegentligheter', 1, 4],
      ['Bristande rättssäkerhet', 3, 3],
      ['Större IT-attack', 3, 3],
      ['Förändrat tryck', 4, 3],
    ] as const) {
      await saveRisk(ctx(), {
        ...risk(name, likelihood, impact),
        year: YEAR,
        id: null,
        baseRevision: null,
      });
    }
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists the year’s risks by value, highest first, equal values in the order entered', async () => {
    const risks = await riskAnalysis(ctx(), { year: YEAR });
    expect(risks.map((row) => [row.name, row.value, row.band, row.position])).toEqual([
      ['Förändrat tryck', 12, 'very_high', 4],
      ['Bristande rättssäkerhet', 9, 'high', 2],
      ['Större IT-attack', 9, 'high', 3],
      ['Oegentligheter', 4, 'moderate', 1],
    ]);
    expect(risks[0]?.treatmentSv).toBe('Internkontrollplan');
    expect(risks.every((row) => row.previous === null)).toBe(true);
    const created = await auditRows('risk-create');
    expect(created).toHaveLength(4);
    expect(created[3]).toMatchObject({
      object_type: 'risk',
      before: null,
      after: { year: YEAR, name: 'Förändrat tryck', likelihood: 4, impact: 3, riskValue: 12 },
    });
  });

  it('refuses likelihood or impact outside 1–4 naming the field, and a second risk of a name', async () => {
    expect(
      await refusal(
        saveRisk(ctx(), { ...risk('Ny risk', 5, 0), year: YEAR, id: null, baseRevision: null }),
      ),
    ).toBe(
      'Uppgifterna kunde inte användas: Sannolikhet ska vara ett heltal 1–4 (5); Konsekvens ska vara ett heltal 1–4 (0).',
    );
    expect(
      await refusal(
        saveRisk(ctx(), {
          ...risk('Större IT-attack', 2, 2),
          year: YEAR,
          id: null,
          baseRevision: null,
        }),
      ),
    ).toBe('Uppgifterna kunde inte användas: Namn finns redan (Större IT-attack; väntat: 2030).');
    expect(await riskAnalysis(ctx(), { year: YEAR })).toHaveLength(4);
  });

  it('changes a risk at its revision; a save from an older revision is refused', async () => {
    const [, , , lowest] = await riskAnalysis(ctx(), { year: YEAR });
    if (!lowest) throw new Error('no risk');
    const saved = await saveRisk(ctx(), {
      ...risk('Oegentligheter', 2, 4),
      treatment: 'own',
      treatmentText: 'Egen rutin för attest',
      year: YEAR,
      id: lowest.id,
      baseRevision: lowest.revision,
    });
    expect(saved).toMatchObject({ likelihood: 2, impact: 4, revision: lowest.revision + 1 });
    expect(
      await refusal(
        saveRisk(ctx(), {
          ...risk('Oegentligheter', 1, 1),
          year: YEAR,
          id: lowest.id,
          baseRevision: lowest.revision,
        }),
      ),
    ).toBe(
      'Någon annan har sparat risken medan du skrev (system 2029-10-01 10:00). Inget av ditt sparades: jämför med det som sparades och spara igen.',
    );
    const after = (await riskAnalysis(ctx(), { year: YEAR })).find((row) => row.id === lowest.id);
    expect([after?.value, after?.treatmentSv]).toEqual([8, 'Egen rutin för attest']);
    expect((await auditRows('risk-update'))[0]).toMatchObject({
      before: { likelihood: 1, impact: 4, riskValue: 4, treatment: 'control_plan' },
      after: { likelihood: 2, impact: 4, riskValue: 8, treatmentText: 'Egen rutin för attest' },
    });
  });

  it('starts the next year from this year’s, last year’s values beside; refused a second time', async () => {
    expect(await startRiskAnalysis(ctx(), { fromYear: YEAR })).toEqual({
      fromYear: YEAR,
      toYear: YEAR + 1,
      risks: 4,
    });
    const thisYear = await riskAnalysis(ctx(), { year: YEAR });
    const next = await riskAnalysis(ctx(), { year: YEAR + 1 });
    expect(next.map((row) => [row.name, row.value, row.seriesId])).toEqual(
      thisYear.map((row) => [row.name, row.value, row.seriesId]),
    );
    expect(next.map((row) => row.previous)).toEqual(
      thisYear.map((row) => ({ likelihood: row.likelihood, impact: row.impact, value: row.value })),
    );
    // Reassessed: this year's value beside last year's.
    const first = next[0];
    if (!first) throw new Error('no risk');
    await saveRisk(ctx(), {
      ...risk(first.name, 2, 3),
      year: YEAR + 1,
      id: first.id,
      baseRevision: first.revision,
    });
    const reassessed = (await riskAnalysis(ctx(), { year: YEAR + 1 })).find(
      (row) => row.id === first.id,
    );
    expect([reassessed?.value, reassessed?.previous?.value]).toEqual([6, 12]);
    expect(await refusal(startRiskAnalysis(ctx(), { fromYear: YEAR }))).toBe(
      'Nämnden har redan en risk- och väsentlighetsanalys för 2031. Inget kopierades: ändra riskerna för 2031 där de är.',
    );
    expect(await refusal(startRiskAnalysis(ctx(), { fromYear: 2040 }))).toBe(
      'Nämnden har ingen risk- och väsentlighetsanalys för 2040 att utgå från.',
    );
    expect(await auditRows('risk-analysis-start')).toEqual([
      { object_type: 'board', before: null, after: { fromYear: YEAR, toYear: YEAR + 1, risks: 4 } },
    ]);
  });
});

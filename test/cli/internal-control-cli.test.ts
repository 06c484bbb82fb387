import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { PDFTOTEXT, pdfText, toolAvailable } from '../support/document-tools';
import { openTestDatabase, unguarded } from '../support/test-database';

/**
 * A golden file of test/fixtures/reports: compared exactly. UPDATE_GOLDEN=1 writes the new
 * output instead (then look at the diff before committing it).
 */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../fixtures/reports/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, actual);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

const INTERIM_2023 = ['--municipality', '1489', '--year', '2023', '--month', '8'];

/** 001's sentence at the interim report 2023. */
const SUMMARY_001 =
  'Vid delårsbokslutet visar kontrollen att två av totalt fyra kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.';

describe('report internal-control', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);

  it('prints the demo’s follow-up at the interim report 2023 as a table, 001’s sentence first', async () => {
    const result = await cli('report', 'internal-control', ...INTERIM_2023);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGolden('internal-control-2023-08.txt', result.stdout);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Uppföljning av internkontroll januari–augusti 2023, Socialnämnden, Alingsås (demo).',
    );
    expect(result.stdout.indexOf(SUMMARY_001)).toBeLessThan(result.stdout.indexOf('Identifierad'));
  });

  it('writes CSV for Swedish Excel: a row per control, result and actions apart', async () => {
    const result = await cli('report', 'internal-control', ...INTERIM_2023, '--format', 'csv');
    expect(result.code).toBe(0);
    expectGolden('internal-control-2023-08.csv', result.stdout);
    expect(result.stdout.startsWith('\uFEFFIdentifierad risk;Riskvärde;Vad kontrolleras?;')).toBe(
      true,
    );
  });

  it('gives 001’s four controls, their signals and the sentence "två av totalt fyra"', async () => {
    const result = await cli('report', 'internal-control', ...INTERIM_2023, '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      summary: string;
      controls: {
        risk: { name: string };
        checkpoint: string;
        frequency: string;
        method: string;
        followUp: { signal: string; result: string; actions: string } | null;
      }[];
    };
    expect(report.summary).toBe(SUMMARY_001);
    expect(
      report.controls.map((control) => [
        control.risk.name,
        control.checkpoint,
        control.frequency,
        control.method,
        control.followUp?.signal,
      ]),
    ).toEqual([
      [
        'Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning',
        'Att obehöriga personer ej går in i ärenden',
        'Del- och årsbokslut',
        'Stickprov',
        'done_ok',
      ],
      [
        'Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning',
        'Att vi har likabehandling i avgiftshanteringen',
        'Del- och årsbokslut',
        'Stickprov',
        'done_remarks',
      ],
      [
        'Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning',
        'Att vi har en rättssäker handläggning inom vuxenområdet',
        'Del- och årsbokslut',
        'Granskning av handläggning',
        'done_remarks',
      ],
      [
        'Att vi inte nyttjar digitala möjligheter i tillräcklig grad',
        'Att antal ansökningar av försörjningsstöd via e-tjänst ökar',
        'Del- och årsbokslut',
        'Kontroll av antal e-ansökningar',
        'done_ok',
      ],
    ]);
    // 001's texts: the access check's last sentence, the adult cases' figures and actions.
    const [access, , adults, digital] = report.controls;
    expect(access?.followUp?.result).toMatch(
      /Samtlig loggkontroll har godkänts av enhetschef utan anmärkning\.$/,
    );
    expect(adults?.followUp?.result).toContain('Totalt har 50 utredningar granskats.');
    expect(adults?.followUp?.actions).toMatch(/^Samtliga myndighetschefer har tagit del/);
    expect(digital?.followUp?.result).toMatch(/37 procent\. Vid delåret är siffran 45 procent\.$/);
  });

  it('shows the annual report 2023 with every control not yet assessed', async () => {
    const result = await cli(
      'report',
      'internal-control',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '12',
      '--format',
      'csv',
    );
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.includes(';Ej bedömd'))).toBe(true);
  });

  it('tells of the sample drawn for a control, and its review, once its period has begun', async () => {
    const sentence =
      'Att obehöriga personer ej går in i ärenden: Stickprov 4–10 september 2023: 15 av 40 handläggare i verksamhetssystemets åtkomstlogg. Granskade: 10 av 15, ingen med anmärkning.';
    const annual = await cli(
      'report',
      'internal-control',
      ...INTERIM_2023.slice(0, 4),
      '--month',
      '12',
    );
    expect(annual.code).toBe(0);
    expect(annual.stdout).toContain(sentence);
    const interim = await cli('report', 'internal-control', ...INTERIM_2023, '--format', 'json');
    const [first] = (JSON.parse(interim.stdout) as { controls: { samples: unknown[] }[] }).controls;
    expect(first?.samples).toEqual([]);
  });

  it('records the report in the audit log', async () => {
    const before = await unguarded(database)
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('object_type', '=', 'internal-control-report')
      .executeTakeFirstOrThrow();
    await cli('report', 'internal-control', ...INTERIM_2023, '--format', 'json');
    const rows = await unguarded(database)
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_type', '=', 'internal-control-report')
      .execute();
    expect(rows).toHaveLength(before.count + 1);
    expect(rows.at(-1)?.action).toBe('document-generate');
    expect(rows.at(-1)?.details).toMatchObject({
      document: 'internkontroll',
      format: 'json',
      month: 8,
    });
  });

  it('refuses a month outside 1–12 in Swedish', async () => {
    const result = await cli(
      'report',
      'internal-control',
      '--municipality',
      '1489',
      '--year',
      '2023',
      '--month',
      '13',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/månad/i);
  });

  it('writes the follow-up as a PDF, DOCX and HTML, and needs -o for them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'namndkoll-internal-control-'));
    try {
      const missing = await cli('report', 'internal-control', ...INTERIM_2023, '--format', 'pdf');
      expect(missing).toMatchObject({
        code: 2,
        stderr: 'Ange filen att skriva med -o (formatet pdf skrivs till en fil).\n',
      });
      for (const format of ['pdf', 'docx', 'html']) {
        const file = join(folder, `ik.${format}`);
        const result = await cli(
          'report',
          'internal-control',
          ...INTERIM_2023,
          '--format',
          format,
          '-o',
          file,
        );
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(
          new RegExp(
            `^Skrev uppföljningen av internkontroll 2023 för Socialnämnden, Alingsås \\(demo\\), till .*ik\\.${format} \\(\\d+ kB\\)\\.\\n$`,
          ),
        );
      }
      const html = readFileSync(join(folder, 'ik.html'), 'utf8');
      expect(html).toContain('<h1>Uppföljning av internkontroll januari–augusti 2023');
      expect(html).toContain(SUMMARY_001);
      if (toolAvailable(PDFTOTEXT)) {
        const text = (await pdfText(readFileSync(join(folder, 'ik.pdf')))).replaceAll(/\s+/g, ' ');
        for (const line of [
          'två av totalt fyra kontrollpunkter',
          'Att obehöriga personer ej går in i ärenden',
          'Bedömning: Kontrollen är genomförd med anmärkning.',
          'Totalt har 50 utredningar granskats.',
        ]) {
          expect(text).toContain(line);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

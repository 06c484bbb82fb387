import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const ALINGSAS = ['--municipality', '1489', '--board', 'SN'];
const GOALS = [
  'kf_mal;namndmal;indikator;enhet;riktning;mal;jamforelse;kalla;kolada_kpi;agenda2030',
  '2. I Alingsås finns goda livsmiljöer;Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;135;<=;Lifecare;;1,8',
  '2;Fler blir självförsörjande;Ej återaktualiserade, andel (%);%;hogre;81;>=;Lifecare;N31807;3',
  '3. Alingsåsarna har inflytande;Nöjda via telefon ska öka;Nöjd med bemötandet, index;index 0-100;hogre;;;Servicemätning;;16',
];

/** goals import, goals outcomes and goals carry-over as a controller runs them. */
describe('the goals commands', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-goals-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const cli = cliOn(() => database);
  const write = (name: string, lines: readonly string[]) => {
    const path = join(folder, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  const goalRows = () =>
    database.db
      .selectFrom('board_goal')
      .select(['year', 'text'])
      // The demo's own goals of 2023 left out.
      .where('year', '>=', 2028)
      .orderBy('year')
      .orderBy('position')
      .execute();

  it('refuses a goals file with problems, naming each line and column, and writes nothing', async () => {
    const file = write('mal.csv', [
      ...GOALS,
      '2;Fler blir självförsörjande;Andel i arbete (%);%;hogre;101;>=;AME;;',
      '4;Ett nytt mål;Antal;antal;hogre;10;;Källa;;',
    ]);
    const result = await cli('goals', 'import', file, ...ALINGSAS, '--year', '2028');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  mal.csv rad 5, kolumn mal: En andel i procent ska ligga mellan 0 och 100 (”101”).',
        '  mal.csv rad 6, kolumn mal: Målvärdet saknar jämförelse: >=, <=, >, < eller = (”10”).',
        '',
      ].join('\n'),
    });
    expect(await goalRows()).toEqual([]);
  });

  it('imports the goals and says what it created, then what it changed', async () => {
    const file = write('mal.csv', GOALS);
    const first = await cli('goals', 'import', file, ...ALINGSAS, '--year', '2028');
    expect(first).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Läste in mal.csv: mål och nyckeltal 2028 för Socialnämnden, Alingsås (demo).',
        '  KF-mål (mandatperioden 2027–2030): 2 nya, 0 ändrade, 0 oförändrade',
        '  Nämndmål: 2 nya, 0 ändrade, 0 oförändrade',
        '  Nyckeltal: 3 nya, 0 ändrade, 0 oförändrade',
        '',
      ].join('\n'),
    });
    write('mal.csv', [GOALS[0] ?? '', GOALS[1] ?? '', GOALS[2]?.replace(';81;', ';83;') ?? '']);
    const second = await cli('goals', 'import', file, ...ALINGSAS, '--year', '2028');
    expect(second.stdout).toBe(
      [
        'Läste in mal.csv: mål och nyckeltal 2028 för Socialnämnden, Alingsås (demo).',
        '  KF-mål (mandatperioden 2027–2030): 0 nya, 0 ändrade, 1 oförändrat',
        '  Nämndmål: 0 nya, 0 ändrade, 1 oförändrat',
        '  Nyckeltal: 0 nya, 1 ändrat, 1 oförändrat',
        'Finns sedan tidigare men inte i filen (behålls, sist i ordningen):',
        '  Nämndmål: Nöjda via telefon ska öka',
        '',
      ].join('\n'),
    );
    expect(await goalRows()).toEqual([
      { year: 2028, text: 'Fler blir självförsörjande' },
      { year: 2028, text: 'Nöjda via telefon ska öka' },
    ]);
  });

  it('reads outcomes, naming a line whose women and men are not the total', async () => {
    const wrong = write('utfall.csv', [
      'indikator;datum;totalt;kvinnor;man',
      'Hushåll med långvarigt bistånd;2028-08-31;166;85;80',
      'Nöjd med bemötandet, index;31 augusti;82,2;;',
    ]);
    const refused = await cli('goals', 'outcomes', wrong, '--municipality', '1489');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  utfall.csv rad 3, kolumn datum: Datumet ska vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-08-31 (”31 augusti”).',
        '',
      ].join('\n'),
    );
    write('utfall.csv', [
      'indikator;datum;totalt;kvinnor;man',
      'Hushåll med långvarigt bistånd;2028-08-31;166;85;80',
    ]);
    const sum = await cli('goals', 'outcomes', wrong, '--municipality', '1489');
    expect(sum.stderr).toContain(
      'utfall.csv rad 2, kolumn totalt: Kvinnor + män är inte totalt för ett antal (85 + 80 = 165) (”166”).',
    );
    write('utfall.csv', [
      'indikator;datum;totalt;kvinnor;man',
      'Hushåll med långvarigt bistånd;2028-08-31;166;85;81',
      'Nöjd med bemötandet, index;2028-08-31;82,2;;',
    ]);
    const read = await cli('goals', 'outcomes', wrong, '--municipality', '1489');
    expect(read).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Läste in 2 utfall för 2 nyckeltal från utfall.csv.\n',
    });
  });

  it('carries the goals over to the next year and lists the targets to review', async () => {
    const result = await cli('goals', 'carry-over', ...ALINGSAS, '--from', '2028');
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Förde över 2 nämndmål med 3 nyckeltal från 2028 till 2029 för Socialnämnden, Alingsås (demo), som förslag.',
        'Målvärdena är kopierade från 2028 och behöver ses över (ändra dem med goals import --year 2029):',
        '  Fler blir självförsörjande',
        '    Hushåll med långvarigt bistånd: ≤135',
        '    Ej återaktualiserade, andel (%): ≥83',
        '  Nöjda via telefon ska öka',
        '    Nöjd med bemötandet, index: inget mål',
        '',
      ].join('\n'),
    });
    const again = await cli('goals', 'carry-over', ...ALINGSAS, '--from', '2028');
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Nämnden har redan mål för 2029. Inget fördes över: ändra målen för 2029 där de är, eller läs in dem med goals import.\n',
    });
  });

  it('lists the commands under goals in the help', async () => {
    const help = await cli('goals', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('import');
    expect(help.stdout).toContain('outcomes');
    expect(help.stdout).toContain('carry-over');
  });
});

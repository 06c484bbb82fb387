import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

const ALINGSAS = ['--municipality', '1489'];
const users = ['anna.berg', 'bo.ek', 'cecilia.ny', 'dan.ström', 'eva.lund'];
const LOG = [
  'anvandare;tidpunkt;arende;handelse',
  ...users.flatMap((user, index) =>
    Array.from(
      { length: index + 1 },
      (_, entry) => `${user};2026-02-0${String(2 + entry)} 10:00;IFO-${String(entry)};Läst`,
    ),
  ),
];

/** sample draw, show and redo as a controller and an auditor run them. */
describe('the sample commands', () => {
  let database: Database;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-sample-'));
    const path = join(folder, 'logg.csv');
    writeFileSync(path, `${LOG.join('\n')}\n`);
    expect((await cli('import', 'access-log', path, ...ALINGSAS)).code).toBe(0);
  });
  afterAll(async () => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const cli = cliOn(() => database);
  const draw = (...extra: string[]) =>
    cli(
      'sample',
      'draw',
      ...ALINGSAS,
      '--board',
      'SN',
      '--population',
      'access-log',
      '--from',
      '2026-02-01',
      '--to',
      '2026-02-28',
      ...extra,
    );

  it('refuses a sample larger than the population, in Swedish', async () => {
    expect(await draw('--size', '6', '--seed', 'februari')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Stickprovet kan inte vara större än populationen: 6 begärda, men perioden har bara 5.\n',
    });
    expect((await draw('--size', '0', '--seed', 'februari')).stderr).toContain(
      'Ska vara ett heltal större än 0 (fick ”0”)',
    );
  });

  it('draws, shows and draws again the same sample', async () => {
    const drawn = await draw('--size', '3', '--seed', 'februari 2026');
    expect(drawn.code).toBe(0);
    const lines = drawn.stdout.split('\n');
    expect(lines[0]).toBe(
      'Drog 3 av 5 för Socialnämnden (2026-02-01 – 2026-02-28, startvärde ”februari 2026”).',
    );
    const id = /^Stickprov ([0-9a-f-]{36})$/.exec(lines[1] ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    const items = lines.slice(2, 5);
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toMatch(/^ {3}\d\. [a-zö.]+: \d loggposte?r?$/);
    // The same parameters draw the same users.
    expect(
      (await draw('--size', '3', '--seed', 'februari 2026')).stdout.split('\n').slice(2),
    ).toEqual(lines.slice(2));

    const shown = await cli('sample', 'show', id, ...ALINGSAS);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n').slice(1)).toEqual([
      '  Population: handläggare i verksamhetssystemets åtkomstlogg 2026-02-01 – 2026-02-28 (5 st)',
      '  Storlek: 3, startvärde (seed): ”februari 2026”',
      expect.stringMatching(/^ {2}Draget av cli:\S+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      ...items.map((item) => `${item} – ej granskad`),
      'Granskade: 0 av 3, ingen med anmärkning.',
      '',
    ]);

    const redone = await cli('sample', 'redo', id, ...ALINGSAS);
    expect(redone.code).toBe(0);
    expect(redone.stdout).toContain(
      'Samma stickprov: populationen har fortfarande 5 och samma 3 drogs i samma ordning.',
    );
  });

  it('a unit head reviews items; show lists the verdicts and the progress', async () => {
    const drawn = await draw('--size', '2', '--seed', 'granskning');
    const id = /Stickprov ([0-9a-f-]{36})/.exec(drawn.stdout)?.[1] ?? '';
    expect(
      await cli('sample', 'review', id, ...ALINGSAS, '--item', '2', '--verdict', 'remarks'),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Skriv vad anmärkningen gäller i kommentaren.\n',
    });
    const review = (...args: string[]) => cli('sample', 'review', id, ...ALINGSAS, ...args);
    expect((await review('--item', '1', '--verdict', 'ok')).stdout).toBe(
      'Post 1 granskad utan anmärkning. Granskade: 1 av 2, ingen med anmärkning.\n',
    );
    expect(
      (await review('--item', '2', '--verdict', 'remarks', '--comment', 'Ärende utan uppdrag'))
        .stdout,
    ).toBe('Post 2 granskad med anmärkning. Granskade: 2 av 2, varav 1 med anmärkning.\n');
    const stale = await review('--item', '2', '--verdict', 'ok', '--revision', '1');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(
      /^Någon annan har sparat posten i stickprovet medan du skrev \(cli:\S+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)\./,
    );
    const shown = (await cli('sample', 'show', id, ...ALINGSAS)).stdout.split('\n');
    expect(shown.slice(-4)).toEqual([
      expect.stringMatching(
        /^ {3}1\. .+ – utan anmärkning \(cli:\S+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/,
      ),
      expect.stringMatching(
        /^ {3}2\. .+ – med anmärkning \(cli:\S+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}\): Ärende utan uppdrag$/,
      ),
      'Granskade: 2 av 2, varav 1 med anmärkning.',
      '',
    ]);
  });

  it('draws a sample for a control of the plan of the period’s year, and names one the plan lacks', async () => {
    // The demo's September 2023 log and 001's plan 2023, whose first control is the access check.
    const september = (...extra: string[]) =>
      cli(
        'sample',
        'draw',
        ...ALINGSAS,
        '--board',
        'SN',
        '--population',
        'access-log',
        '--from',
        '2023-09-11',
        '--to',
        '2023-09-17',
        '--size',
        '15',
        '--seed',
        'vecka 37',
        ...extra,
      );
    expect(await september('--control', '99')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Internkontrollplanen 2023 för Socialnämnden har ingen kontrollpunkt 99.\n',
    });
    const drawn = await september('--control', '1');
    expect(drawn.stdout.split('\n')[0]).toBe(
      'Drog 15 av 40 för Socialnämnden (2023-09-11 – 2023-09-17, startvärde ”vecka 37”).',
    );
    const id = /Stickprov ([0-9a-f-]{36})/.exec(drawn.stdout)?.[1] ?? '';
    const shown = await cli('sample', 'show', id, ...ALINGSAS);
    expect(shown.stdout.split('\n')[1]).toBe(
      '  Kontroll: Att obehöriga personer ej går in i ärenden (internkontrollplan 2023)',
    );
  });

  it('draws payments of ekonomiskt bistånd in August 2023 from the ledger above an amount, and draws them again', async () => {
    const ledger = (...extra: string[]) =>
      cli(
        'sample',
        'draw',
        ...ALINGSAS,
        '--board',
        'SN',
        '--population',
        'ledger',
        '--from',
        '2023-08-01',
        '--to',
        '2023-08-31',
        '--seed',
        'bistånd augusti',
        ...extra,
      );
    const drawn = await ledger('--accounts', '4110', '--min-amount', '5000', '--size', '4');
    expect(drawn.stderr).toBe('');
    expect(drawn.code).toBe(0);
    const lines = drawn.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^Drog 4 av \d+ för Socialnämnden \(2023-08-01 – 2023-08-31, konton 4110, belopp från 5\u00a0000,00 kr, startvärde ”bistånd augusti”\)\.$/,
    );
    const items = lines.slice(2, 6);
    for (const item of items)
      expect(item).toMatch(
        /^ {3}\d\. 2023-08-\d\d konto 4110 ansvar \d{4}( ver\. \S+)?.*: -?[\d\u00a0]+,\d\d kr \(import demo\)$/,
      );
    const amounts = items.map((item) =>
      Number(/: (-?[\d\u00a0]+),\d\d kr/.exec(item)?.[1]?.replaceAll('\u00a0', '')),
    );
    for (const amount of amounts) expect(Math.abs(amount)).toBeGreaterThanOrEqual(5000);

    const id = /Stickprov ([0-9a-f-]{36})/.exec(drawn.stdout)?.[1] ?? '';
    const shown = await cli('sample', 'show', id, ...ALINGSAS);
    expect(shown.stdout.split('\n').slice(1, 3)).toEqual([
      expect.stringMatching(
        /^ {2}Population: bokförda transaktioner 2023-08-01 – 2023-08-31 \(\d+ st\)$/,
      ),
      '  Konton: 4110, belopp från 5\u00a0000,00 kr (plus eller minus)',
    ]);
    const redone = await cli('sample', 'redo', id, ...ALINGSAS);
    expect(redone.code).toBe(0);
    expect(redone.stdout).toContain('Samma stickprov');
  });

  it('names the ledger options that are wrong, in Swedish', async () => {
    const ledger = (...extra: string[]) =>
      cli(
        'sample',
        'draw',
        ...ALINGSAS,
        '--board',
        'SN',
        '--from',
        '2023-08-01',
        '--to',
        '2023-08-31',
        '--size',
        '3',
        '--seed',
        'fel',
        ...extra,
      );
    expect(await ledger('--population', 'ledger')).toEqual({
      code: 2,
      stdout: '',
      stderr: '--accounts: ange minst ett konto eller kontointervall, t.ex. 4710-4719.\n',
    });
    expect((await ledger('--population', 'ledger', '--accounts', '4119-4110,41x')).stderr).toBe(
      [
        '--accounts: intervallet ”4119-4110” börjar efter att det slutar (4119 är större än 4110).',
        '--accounts: ”41x” är inget konto eller kontointervall (3–6 siffror, t.ex. 4730 eller 4710-4719).',
        '',
      ].join('\n'),
    );
    const amount = await ledger(
      '--population',
      'ledger',
      '--accounts',
      '4110',
      '--min-amount',
      '50,555',
    );
    expect(amount.code).toBe(2);
    expect(amount.stderr).toContain(
      '--min-amount: lägsta belopp skrivs i kronor, 0 eller mer med högst två decimaler, t.ex. 5000 eller 2 500,50 (fick ”50,555”).',
    );
    expect((await ledger('--population', 'access-log', '--accounts', '4110')).stderr).toBe(
      '--accounts och --min-amount gäller bara --population ledger.\n',
    );
    expect(
      (await ledger('--population', 'ledger', '--accounts', '4110', '--min-amount', '99999999'))
        .stderr,
    ).toMatch(
      /^Stickprovet kan inte vara större än populationen: 3 begärda, men perioden har bara 0\.\n$/,
    );
  });

  it('names a sample that does not exist', async () => {
    expect(await cli('sample', 'show', 'inget-id', ...ALINGSAS)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Hittade inte stickprovet ”inget-id”.\n',
    });
  });
});

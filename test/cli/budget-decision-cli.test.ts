import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { openTestDatabase } from '../support/test-database';

/** budget decision add and list as a controller runs them (Alingsås (demo), 2026). */
describe('budget decisions on the command line', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
  });
  afterAll(async () => {
    await database.close();
  });
  const cli = cliOn(() => database);
  const add = (...options: string[]) =>
    cli(
      'budget',
      'decision',
      'add',
      '--municipality',
      '1489',
      '--year',
      '2026',
      '--by',
      'KS',
      '--reason',
      'kapitaltjanst',
      '--phasing',
      'fran-beslutsmanad',
      ...options,
    );

  it('refuses, naming the field in Swedish, and records nothing', async () => {
    const outside = await add(
      '--date',
      '2025-12-01',
      '--reference',
      'KS 2025-12-01 § 1',
      '--kind',
      'kommunbidrag',
      '--amount',
      '47',
    );
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(
      'Beslutsdatum ligger utanför budgetåret (2025-12-01, budgetår 2026)',
    );
    const noLine = await add(
      '--date',
      '2026-03-27',
      '--reference',
      'KF 2026-03-27 § 51',
      '--kind',
      'investering',
      '--amount',
      '500',
    );
    expect(noLine).toMatchObject({
      code: 2,
      stderr: 'Ange --line <kategori/rad> för ett beslut om investeringsbudgeten.\n',
    });
    const badAmount = await add(
      '--date',
      '2026-03-01',
      '--reference',
      'KS',
      '--kind',
      'kommunbidrag',
      '--amount',
      '1.5',
    );
    expect(badAmount.code).toBe(2);
    expect(badAmount.stderr).toContain('--amount ska vara ett belopp i tkr');
    const list = await cli(
      'budget',
      'decision',
      'list',
      '--municipality',
      '1489',
      '--year',
      '2026',
      '--format',
      'json',
    );
    expect(JSON.parse(list.stdout)).toMatchObject({ year: 2026, decisions: [] });
  });

  it('adds a kommunbidrag and an investment decision in tkr and lists them as a table, CSV and JSON', async () => {
    const first = await add(
      '--date',
      '2026-02-12',
      '--reference',
      'KS 2026-02-12 § 34',
      '--kind',
      'kommunbidrag',
      '--amount',
      '47,5',
      '--text',
      'Färdigställda investeringar',
    );
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Registrerade beslutet KS 2026-02-12 § 34 \(kommunbidrag \+48 tkr\) för .+\.\nKommunbidraget 2026: (.+) tkr i budget, (.+) tkr efter årets beslut\.\n$/u,
    );
    const second = await add(
      '--date',
      '2026-03-27',
      '--by',
      'KF',
      '--reference',
      'KF 2026-03-27 § 51',
      '--kind',
      'investering',
      '--amount',
      '500',
      '--reason',
      'tillaggsbudget',
      '--phasing',
      'helar',
      '--line',
      'reinvestering/Inventarier',
    );
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('(investeringsbudget, Reinvestering: Inventarier +500 tkr)');

    const list = (format: string) =>
      cli(
        'budget',
        'decision',
        'list',
        '--municipality',
        '1489',
        '--year',
        '2026',
        '--format',
        format,
      );
    const csv = await list('csv');
    expect(csv.stdout.replace('\ufeff', '').split('\r\n')).toEqual([
      'Datum;Beslut;Av;Avser;Belopp tkr;Orsak;Periodisering;Fördelat tkr;Ej fördelat tkr',
      '2026-02-12;KS 2026-02-12 § 34;KS;Kommunbidrag;47,5;Kapitaltjänst;Från beslutsmånaden;0;47,5',
      '2026-03-27;KF 2026-03-27 § 51;KF;Investeringsbudget, Reinvestering: Inventarier;500;Tilläggsbudget;Över hela året;;',
      '',
    ]);
    const json = JSON.parse((await list('json')).stdout) as {
      decisions: { amount: number; note: string | null }[];
      originalAllocation: number;
      revisedAllocation: number;
    };
    expect(json.decisions.map((decision) => decision.amount)).toEqual([4_750_000, 50_000_000]);
    expect(json.decisions[0]?.note).toBe('Färdigställda investeringar');
    expect(json.revisedAllocation - json.originalAllocation).toBe(4_750_000);
    const table = (await list('table')).stdout;
    expect(table).toContain('Beslut om ändrad budget 2026');
    expect(table).toMatch(/2026-02-12 +KS 2026-02-12 § 34 +KS +Kommunbidrag +\+48 +Kapitaltjänst/u);
    expect(table).toContain('Ej fördelat på enheter: 48 tkr.');

    // Distributed to Avdelning unga (811): 40 tkr of staff, 7,5 tkr of other costs.
    const distribute = (...options: string[]) =>
      cli(
        'budget',
        'decision',
        'distribute',
        '--municipality',
        '1489',
        '--year',
        '2026',
        '--reference',
        'KS 2026-02-12 § 34',
        ...options,
      );
    const beyond = await distribute('--row', '811:Personalkostnader:48');
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toContain('Beloppet fördelar mer än beslutets belopp');
    const unknownUnit = await distribute('--row', '999:Personalkostnader:1');
    expect(unknownUnit).toMatchObject({ code: 2 });
    expect(unknownUnit.stderr).toContain('Enheten 999 finns inte i');
    const done = await distribute(
      '--row',
      '811:Personalkostnader:40',
      '--row',
      '811:other_costs:7,5',
    );
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(
      'Fördelade beslutet KS 2026-02-12 § 34 för Socialnämnden, Alingsås (demo): 48 tkr fördelat, 0 tkr ej fördelat.',
    );
    const distributed = (await list('csv')).stdout.replace('\ufeff', '').split('\r\n');
    expect(distributed[1]).toBe(
      '2026-02-12;KS 2026-02-12 § 34;KS;Kommunbidrag;47,5;Kapitaltjänst;Från beslutsmånaden;47,5;0',
    );
    const cleared = await distribute('--clear');
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toContain('0 tkr fördelat, 48 tkr ej fördelat');
  });

  it('lists Exempelkommun’s decisions of 2025 (003: KS +47 tkr, KF +0,5 mnkr)', async () => {
    const csv = await cli(
      'budget',
      'decision',
      'list',
      '--municipality',
      '9999',
      '--year',
      '2025',
      '--format',
      'csv',
    );
    expect(csv.stdout.replace('\ufeff', '').split('\r\n')).toEqual([
      'Datum;Beslut;Av;Avser;Belopp tkr;Orsak;Periodisering;Fördelat tkr;Ej fördelat tkr',
      '2025-02-12;KS 2025-02-12 § 34;KS;Kommunbidrag;47;Kapitaltjänst och hyror för färdigställda investeringar;Över hela året;0;47',
      '2025-03-26;KF 2025-03-26 § 48;KF;Investeringsbudget, Reinvestering: Inventarier;500;Justering av investeringsbudget;Över hela året;;',
      '',
    ]);
    const table = await cli(
      'budget',
      'decision',
      'list',
      '--municipality',
      '9999',
      '--year',
      '2025',
    );
    expect(table.stdout).toContain(
      'Kommunbidrag: 766\u00a0803 tkr i budget, 766\u00a0850 tkr efter årets beslut.',
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { cliOn } from '../support/cli';
import { koladaAnswer, koladaItem, linkedIndicator } from '../support/kolada';
import { openTestDatabase } from '../support/test-database';

/** A local stand-in for Kolada's API v2: the data endpoint in two pages, as Kolada pages. */
function koladaServer() {
  const requests: string[] = [];
  let status = 200;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (status !== 200) {
      response.writeHead(status, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    if (url.pathname !== '/v2/data/kpi/N31807/municipality/1489,0000') {
      response.writeHead(404).end('{}');
      return;
    }
    const { port } = server.address() as AddressInfo;
    const page = url.searchParams.get('page') ?? '1';
    const fromDate = url.searchParams.get('from_date');
    const next = `http://127.0.0.1:${String(port)}${url.pathname}?page=2&per_page=2${fromDate ? `&from_date=${fromDate}` : ''}`;
    const body =
      page === '1'
        ? koladaAnswer(
            [
              koladaItem('N31807', '1489', 2022, { T: 84, K: 86.2, M: 80.5 }),
              koladaItem('N31807', '0000', 2022, { T: 82.2 }),
            ],
            next,
          )
        : koladaAnswer([koladaItem('N31807', '1489', 2023, { T: 85.5, K: 87, M: 83 })]);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  return {
    requests,
    answerWith: (code: number) => {
      status = code;
    },
    start: () =>
      new Promise<string>((resolve) => {
        server.listen(0, '127.0.0.1', () => {
          resolve(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/v2`);
        });
      }),
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

/** A port nothing listens on: one the system gave and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

describe('import kolada and kolada sync', () => {
  let database: Database;
  let folder: string;
  let ids: Awaited<ReturnType<typeof linkedIndicator>>;
  const kolada = koladaServer();
  let koladaUrl = '';
  let env: NodeJS.ProcessEnv = {};
  const cli = cliOn(
    () => database,
    () => env,
  );

  beforeAll(async () => {
    database = await openTestDatabase('pglite', 'demo');
    folder = mkdtempSync(join(tmpdir(), 'nk-kolada-'));
    ids = await linkedIndicator(database, '1489', {
      kpi: 'N31807',
      name: 'Gott bemötande via telefon',
      unit: 'percent',
    });
    koladaUrl = await kolada.start();
    env = { NAMNDKOLL_KOLADA_URL: koladaUrl };
  });
  afterAll(async () => {
    await kolada.stop();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    kolada.requests.length = 0;
    kolada.answerWith(200);
  });

  const outcomes = () =>
    database.db
      .selectFrom('indicator_outcome')
      .select(['measured_on', 'total_value', 'women_value', 'men_value', 'origin'])
      .where('series_id', '=', ids.seriesId)
      .orderBy('measured_on')
      .execute();
  const koladaValues = () =>
    database.db
      .selectFrom('kolada_value')
      .select(['kpi', 'kolada_id', 'period', 'gender', 'value', 'origin'])
      .where('municipality_id', '=', ids.municipalityId)
      .orderBy('kpi')
      .orderBy('kolada_id')
      .orderBy('period')
      .orderBy('gender')
      .execute();
  const write = (name: string, text: string) => {
    const file = join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads a saved file, says what it wrote and lists the KPIs no indicator is linked to', async () => {
    const file = write(
      'kolada.json',
      koladaAnswer([
        koladaItem('N31807', '1489', 2021, { T: 81, K: 83, M: 78.5 }),
        koladaItem('N31807', '0000', 2021, { T: 80.1 }),
        koladaItem('U00002', '1489', 2021, { T: 7 }),
        koladaItem('N00001', '1480', 2021, { T: 9 }),
      ]),
    );
    const run = await cli('import', 'kolada', file, '--municipality', '1489');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Läste in 6 värden från kolada.json för kommunen 1489: 1 utfall (31 december) i 1 indikator, 1 jämförelsetal för riket och kommungrupper.\n' +
        'Ingen indikator är kopplad till nyckeltalen N00001, U00002: värdena sparades bara som jämförelsetal. Koppla en indikator till nyckeltalet (kolumnen kolada_kpi) om de ska bli utfall.\n',
    );
    expect(await outcomes()).toEqual([
      {
        measured_on: '2021-12-31',
        total_value: '81.0000',
        women_value: '83.0000',
        men_value: '78.5000',
        origin: 'kolada',
      },
    ]);
  });

  it('refuses a bad file with every problem named, and writes nothing', async () => {
    const before = await koladaValues();
    const file = write(
      'trasig.json',
      koladaAnswer([
        { ...koladaItem('N31807', '1489', 2022, { T: 84 }), period: 'i fjol' },
        { ...koladaItem('N3180', '1489', 2022, { T: 84 }) },
        koladaItem('N31807', '1489', 2023, { T: 'åttiofyra' as unknown as number }),
      ]),
    );
    const run = await cli('import', 'kolada', file, '--municipality', '1489');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'Inget lästes in. Rätta filen och läs in den igen:',
        '  trasig.json, post 1 (values[0]), fältet period: "i fjol" är inget år (ett heltal 1990–2199).',
        '  trasig.json, post 2 (values[1]), fältet kpi: "N3180" är inget KPI-id i Kolada (en stor bokstav och fem siffror, t.ex. N31807).',
        '  trasig.json, post 3 (values[2]), fältet values[0].value: "åttiofyra" är inget tal (ett tal med punkt, eller null för inget värde).',
        '',
      ].join('\n'),
    );
    expect(await koladaValues()).toEqual(before);
  });

  it('refuses a file for another municipality, naming the code given', async () => {
    const file = write(
      'stockholm.json',
      koladaAnswer([koladaItem('N31807', '0180', 2022, { T: 88 })]),
    );
    const run = await cli('import', 'kolada', file, '--municipality', '1489');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Filen har inget värde för kommunen 1489');
  });

  it('fetches the linked KPIs for the municipality and Riket, following next_page, with from_date', async () => {
    const run = await cli('kolada', 'sync', '--municipality', '1489', '--from-date', '2024-01-15');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(kolada.requests).toEqual([
      '/v2/data/kpi/N31807/municipality/1489,0000?from_date=2024-01-15',
      '/v2/data/kpi/N31807/municipality/1489,0000?page=2&per_page=2&from_date=2024-01-15',
    ]);
    expect(run.stdout).toBe(
      'Läste in 7 värden från Kolada (2 sidor) för kommunen 1489: 2 utfall (31 december) i 1 indikator, 1 jämförelsetal för riket och kommungrupper.\n',
    );
    expect(
      (await outcomes()).map((row) => [row.measured_on, row.total_value, row.women_value]),
    ).toEqual([
      ['2021-12-31', '81.0000', '83.0000'],
      ['2022-12-31', '84.0000', '86.2000'],
      ['2023-12-31', '85.5000', '87.0000'],
    ]);
    expect(
      (await koladaValues())
        .filter((row) => row.origin === 'api')
        .map((row) => `${row.kolada_id} ${String(row.period)} ${row.gender}`),
    ).toEqual([
      '0000 2022 T',
      '1489 2022 K',
      '1489 2022 M',
      '1489 2022 T',
      '1489 2023 K',
      '1489 2023 M',
      '1489 2023 T',
    ]);
  });

  it('says so, and writes nothing, when Kolada cannot be reached or fails', async () => {
    const before = await koladaValues();
    const port = await closedPort();
    env = { NAMNDKOLL_KOLADA_URL: `http://127.0.0.1:${String(port)}/v2` };
    const unreachable = await cli('kolada', 'sync', '--municipality', '1489');
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(
      `Kolada kunde inte nås på http://127.0.0.1:${String(port)}/v2/data/kpi/N31807/municipality/1489,0000: servern tog inte emot anslutningen. Kontrollera nätverket, eller adressen i NAMNDKOLL_KOLADA_URL. Inget lästes in.\n`,
    );

    env = { NAMNDKOLL_KOLADA_URL: koladaUrl };
    kolada.answerWith(503);
    const failing = await cli('kolada', 'sync', '--municipality', '1489');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe(
      `Kolada svarade 503 Service Unavailable på ${koladaUrl}/data/kpi/N31807/municipality/1489,0000. Inget lästes in; försök igen senare.\n`,
    );
    expect(await koladaValues()).toEqual(before);
  });

  it('says when no indicator is linked to a KPI, and refuses an address that is not one', async () => {
    const none = await cli('kolada', 'sync', '--municipality', '9999');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(
      /^Ingen indikator i kommunen är kopplad till ett nyckeltal i Kolada/,
    );
    expect(kolada.requests).toEqual([]);

    env = { NAMNDKOLL_KOLADA_URL: 'api.kolada.se/v2' };
    const wrong = await cli('kolada', 'sync', '--municipality', '1489');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'NAMNDKOLL_KOLADA_URL ska vara en fullständig adress, t.ex. https://api.kolada.se/v2 (var: api.kolada.se/v2)\n',
    );
    env = { NAMNDKOLL_KOLADA_URL: koladaUrl };

    const badDate = await cli(
      'kolada',
      'sync',
      '--municipality',
      '1489',
      '--from-date',
      '2024-02-30',
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain(
      'Datum ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2024-01-31 (fick ”2024-02-30”).',
    );
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorValueFromNumber as v } from '#domain/goals/indicator-value';
import {
  fetchKoladaValues,
  KoladaFetchError,
  koladaDataUrl,
} from '#server/features/goals/kolada-client';
import { koladaAnswer, koladaItem } from '../support/kolada';

/** A local server whose answers each test sets, by path. */
describe("Kolada's API client", () => {
  const answers = new Map<string, { status?: number; body: string }>();
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const answer = answers.get(request.url ?? '');
      response.writeHead(answer ? (answer.status ?? 200) : 404).end(answer?.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  });

  it('asks for the KPIs and ids of the query, with from_date', () => {
    expect(
      koladaDataUrl('https://api.kolada.se/v2', {
        kpis: ['N31807', 'U00002'],
        koladaIds: ['1489', '0000'],
        fromDate: '2024-01-15',
      }),
    ).toBe(
      'https://api.kolada.se/v2/data/kpi/N31807,U00002/municipality/1489,0000?from_date=2024-01-15',
    );
  });

  it('follows relative next_page addresses and keeps the latest of a value given twice', async () => {
    answers.set('/a', {
      body: koladaAnswer([koladaItem('N31807', '1489', 2022, { T: 84 })], '/b?page=2'),
    });
    answers.set('/b?page=2', {
      body: koladaAnswer([koladaItem('N31807', '1489', 2022, { T: 84.5 })], ''),
    });
    const fetched = await fetchKoladaValues(`${base}/a`);
    expect(fetched.pages).toBe(2);
    expect(fetched.values.map((value) => value.value)).toEqual([v(84.5)]);
  });

  it('refuses a next page on another server, and pages without end', async () => {
    answers.set('/elsewhere', {
      body: koladaAnswer([], 'https://example.org/v2/data?page=2'),
    });
    await expect(fetchKoladaValues(`${base}/elsewhere`)).rejects.toThrow(
      new KoladaFetchError(
        `Kolada gav en nästa sida på en annan server (https://example.org, väntade ${base}); den hämtas inte. Inget lästes in.`,
      ),
    );
    answers.set('/loop', { body: koladaAnswer([], '/loop') });
    await expect(fetchKoladaValues(`${base}/loop`)).rejects.toThrow(
      new KoladaFetchError(`Kolada gav sidor utan slut (sida 2: ${base}/loop). Inget lästes in.`),
    );
  });

  it("names the problems of an answer that is not Kolada's", async () => {
    answers.set('/html', { body: '<html>Underhåll</html>' });
    await expect(fetchKoladaValues(`${base}/html`)).rejects.toThrow(
      /^Kolada svarade inte som dess API gör\. Inget lästes in\.\n {2}Svaret från Kolada \(http:\/\/127\.0\.0\.1:\d+\/html\) är inte JSON: /,
    );
  });

  it('gives up on a server that does not answer in time', async () => {
    const silent = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${String((silent.address() as AddressInfo).port)}/x`;
    try {
      await expect(fetchKoladaValues(url, { timeoutMs: 200 })).rejects.toThrow(
        new KoladaFetchError(
          `Kolada kunde inte nås på ${url}: inget svar inom 200 millisekunder. Kontrollera nätverket, eller adressen i NAMNDKOLL_KOLADA_URL. Inget lästes in.`,
        ),
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => {
        silent.close(() => {
          resolve();
        });
      });
    }
  });
});

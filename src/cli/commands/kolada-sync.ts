import { koladaBaseUrl } from '#server/config';
import { KoladaFetchError } from '#server/features/goals/kolada-client';
import { syncKolada } from '#server/features/goals/kolada-sync.service';
import { parseDateOption } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { municipalityId } from '../command-helpers';
import { koladaRefusalLines, koladaResultSv } from './kolada-output';

/**
 * kolada sync: the values of the KPIs the municipality's indicators are linked to, for the
 * municipality and Riket, fetched from Kolada's API (NAMNDKOLL_KOLADA_URL) and written as
 * `import kolada` writes a file's.
 */
export const koladaSyncCommand = defineCommand<{ municipality?: string; fromDate?: string }>({
  name: 'kolada sync',
  description: 'hämta nyckeltalen som indikatorerna är kopplade till från Koladas API',
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'kommunen att hämta för (behövs om det finns flera)')
      .option(
        '--from-date <ÅÅÅÅ-MM-DD>',
        'bara värden som ändrats i Kolada från och med datumet',
        parseDateOption,
      ),
  handler: async ({ database, io, options }) => {
    const baseUrl = koladaBaseUrl(io.env);
    const scope = { municipalityId: await municipalityId(database, options.municipality) };
    try {
      const synced = await syncKolada(cliContext(database, scope), {
        baseUrl,
        fromDate: options.fromDate ?? null,
      });
      switch (synced.kind) {
        case 'no-linked-kpis':
          io.stderr.write(
            'Ingen indikator i kommunen är kopplad till ett nyckeltal i Kolada, så inget hämtades. Ange nyckeltalets id (t.ex. N31807) i kolumnen kolada_kpi i målfilen.\n',
          );
          return 1;
        case 'no-values':
          io.stdout.write(
            `Kolada hade inga värden${options.fromDate ? ` ändrade från och med ${options.fromDate}` : ''} för ${synced.kpis.join(', ')}. Inget ändrades.\n`,
          );
          return 0;
        case 'imported':
          io.stdout.write(
            koladaResultSv(
              synced.result,
              `Kolada (${String(synced.pages)} ${synced.pages === 1 ? 'sida' : 'sidor'})`,
            ),
          );
          return 0;
      }
    } catch (error) {
      if (error instanceof KoladaFetchError) {
        io.stderr.write(`${error.message}\n`);
        return 1;
      }
      const lines = koladaRefusalLines(error);
      if (lines === null) throw error;
      io.stderr.write(
        ['Inget lästes in: Koladas värden passar inte indikatorerna.', ...lines, ''].join('\n'),
      );
      return 1;
    }
  },
});

import type { FastifyInstance } from 'fastify';
import {
  CSV_MEDIA_TYPE,
  importHrFile,
  importRegisterFile,
  listHrImportHistory,
  MAX_REGISTER_FILE_BYTES,
  type RegisterImportSummary,
} from '#contract/register-imports';
import { serveEndpoint } from '#server/http/endpoint-route';
import { listAllImports } from './import-history.service';
import { importHr } from '../personnel/hr-import.service';
import { importPlacements } from '../placements/placements-import.service';
import { importAssistance, importVolumes } from '../volumes/volumes-import.service';

/** What a kind's summary does not have. */
const empty = (): Omit<RegisterImportSummary, 'importId' | 'fileName' | 'rows'> => ({
  periods: [],
  replacedPeriods: [],
  unitCodes: [],
  measures: [],
  people: null,
  dateRange: null,
});

/**
 * The HR export, placements, financial assistance and volumes read in from the web by the
 * services the CLI uses; a CSV file arrives as the raw body, small enough to hold in memory.
 */
export function registerImportRoutes(app: FastifyInstance): void {
  app.addContentTypeParser(
    CSV_MEDIA_TYPE,
    { parseAs: 'buffer', bodyLimit: MAX_REGISTER_FILE_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );
  serveEndpoint(app, listHrImportHistory, async ({ ctx }) => ({
    imports: (await listAllImports(ctx)).filter((entry) => entry.kind === 'hr'),
  }));
  serveEndpoint(app, importHrFile, async ({ query, body, ctx }) => {
    const summary = await importHr(ctx, { name: query.fileName, bytes: body });
    return {
      ...empty(),
      importId: summary.importId,
      fileName: query.fileName,
      rows: summary.rows,
      periods: [...summary.periods],
      people: summary.employees,
    };
  });
  serveEndpoint(app, importRegisterFile, async ({ params, query, body, ctx }) => {
    const file = { name: query.fileName, bytes: body };
    if (params.kind === 'placements') {
      const summary = await importPlacements(ctx, file);
      return {
        ...empty(),
        importId: summary.importId,
        fileName: file.name,
        rows: summary.placements,
        unitCodes: [...summary.unitCodes],
        dateRange: { from: summary.firstDate, to: summary.lastDate },
      };
    }
    const summary =
      params.kind === 'assistance'
        ? await importAssistance(ctx, file)
        : await importVolumes(ctx, file);
    return {
      ...empty(),
      importId: summary.importId,
      fileName: file.name,
      rows: summary.rows,
      periods: [...summary.periods],
      replacedPeriods: [...summary.replacedPeriods],
      measures: [...(summary.measures ?? [])],
      people: summary.households ?? null,
    };
  });
}

import { generateDemoLedger } from '#domain/demo/demo-ledger';
import { demoCsvExample, demoSieExample, movedDemoMonth } from '#domain/demo/demo-example-files';
import { demoGoalsExample, demoOutcomesExample } from '#domain/demo/demo-goal-examples';
import { demoKoladaExample } from '#domain/demo/demo-kolada-example';
import { demoAssistanceExample, demoVolumesExample } from '#domain/demo/demo-volumes';
import { seededRandom } from '#domain/demo/seeded-random';
import { renderTextCsv } from '#server/documents/csv';
import { createEncoder } from '#server/imports/text-encoding';
import { demoHrExample } from './demo-personnel';
import { demoPlacementsExample } from './demo-placements';
import { demoAccessLogExample } from './demo-sampling';

/** The folder of the README's example files, and what `npm run examples` writes into it. */
export const EXAMPLES_FOLDER = 'examples';

/**
 * The README's example files as their bytes: examples/huvudbok.se (SIE 4 in CP437, September
 * 2023) and examples/export.csv (UTF-8 with a byte order mark, October 2023), from the demo's
 * ledger; examples/mal.csv and examples/utfall.csv, the goals commands' files (as Swedish Excel
 * saves "CSV UTF-8"); examples/kolada.json, an answer of Kolada's API (made-up figures in 001's
 * image); examples/atkomstlogg.csv, a week of October 2023 of the case system's access log;
 * examples/hr-export.csv, August 2023 of the HR system's export for one unit;
 * examples/placeringar.csv, the placement register as of 4 October 2023;
 * examples/ekonomiskt-bistand.csv and examples/volymer.csv, September 2023 of financial assistance
 * and orosanmälningar.
 */
export function demoExampleFiles(): ReadonlyMap<string, Uint8Array> {
  const ledger = generateDemoLedger(seededRandom(1489));
  const september = movedDemoMonth(ledger, 9);
  const october = movedDemoMonth(ledger, 10);
  return new Map([
    ['huvudbok.se', createEncoder('cp437')(demoSieExample(september, '2023-10-03'))],
    ['export.csv', Buffer.from(`\uFEFF${demoCsvExample(october)}`, 'utf8')],
    ['mal.csv', Buffer.from(renderTextCsv(demoGoalsExample()), 'utf8')],
    ['utfall.csv', Buffer.from(renderTextCsv(demoOutcomesExample()), 'utf8')],
    ['kolada.json', Buffer.from(demoKoladaExample(), 'utf8')],
    ['atkomstlogg.csv', demoAccessLogExample()],
    ['hr-export.csv', demoHrExample()],
    ['placeringar.csv', demoPlacementsExample()],
    ['ekonomiskt-bistand.csv', Buffer.from(demoAssistanceExample(ledger), 'utf8')],
    ['volymer.csv', Buffer.from(demoVolumesExample(), 'utf8')],
  ]);
}

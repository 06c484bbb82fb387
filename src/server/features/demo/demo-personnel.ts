import { csvRows } from '#domain/goals/tabular-file';
import { DEMO_UNIT_CODES } from '#domain/demo/demo-organisation';
import { demoHrCsv, demoHrExport } from '#domain/demo/demo-hr-export';
import { seededRandom } from '#domain/demo/seeded-random';
import { parseHrFile } from '#domain/personnel/hr-file';
import type { Db } from '#server/db/types';
import { writeHrImport } from '../personnel/hr-import.service';

/** The seed of the demo's HR export (docs/personnel.md). */
export const DEMO_HR_SEED = 1818;

/** The demo's HR exports: January–July 2022 and January–July 2023, as the HR system's files. */
export function demoHrFiles(): readonly { readonly name: string; readonly bytes: Uint8Array }[] {
  const rows = demoHrExport(seededRandom(DEMO_HR_SEED), DEMO_UNIT_CODES);
  return [
    { name: 'hr-export-2022-01-07.csv', bytes: Buffer.from(demoHrCsv(rows[2022]), 'utf8') },
    { name: 'hr-export-2023-01-07.csv', bytes: Buffer.from(demoHrCsv(rows[2023]), 'utf8') },
  ];
}

/**
 * The README's example (examples/hr-export.csv): August 2023 for the employees of one unit
 * (8131 Administration), a month the demo does not have yet, their July hours again.
 */
export function demoHrExample(): Uint8Array {
  const rows = demoHrExport(seededRandom(DEMO_HR_SEED), DEMO_UNIT_CODES)[2023]
    .filter((row) => row.period === 202307 && row.unitCode === '8131')
    .map((row) => ({ ...row, period: 202308 }));
  return Buffer.from(demoHrCsv(rows), 'utf8');
}

/** Reads the demo's exports in as two imports, in the demo's transaction. */
export async function writeDemoPersonnel(trx: Db, municipalityId: string): Promise<void> {
  for (const [index, file] of demoHrFiles().entries()) {
    const parsed = parseHrFile(csvRows(Buffer.from(file.bytes).toString('utf8')));
    if (parsed.rows === null) throw new Error(`The demo HR export ${file.name} does not read back`);
    await writeHrImport(trx, municipalityId, file, parsed.rows, {
      at: index === 0 ? '2022-08-05T07:00:00.000Z' : '2023-08-04T07:00:00.000Z',
      by: 'hr',
    });
  }
}

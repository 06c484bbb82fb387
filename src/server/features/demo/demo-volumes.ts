import { csvRows } from '#domain/goals/tabular-file';
import type { DemoTransaction } from '#domain/demo/demo-ledger';
import { demoAssistanceCsv, demoVolumesCsv } from '#domain/demo/demo-volumes';
import { parseAssistanceFile } from '#domain/volumes/assistance-file';
import { parseVolumesFile } from '#domain/volumes/volumes-file';
import type { Db } from '#server/db/types';
import { writeAssistanceImport, writeVolumesImport } from '../volumes/volumes-import.service';

/**
 * The demo's volumes (domain/demo/demo-volumes.ts): the case system's file of financial
 * assistance January 2022 – August 2023 and the reports of concern, read in on 11 September
 * 2023 by the controller, as import assistance and import volumes would.
 */
export async function writeDemoVolumes(
  trx: Db,
  municipalityId: string,
  transactions: readonly DemoTransaction[],
): Promise<void> {
  const stamp = { at: '2023-09-11T07:00:00.000Z', by: 'controller' };
  const assistance = demoAssistanceCsv(transactions);
  const payments = parseAssistanceFile(csvRows(assistance)).entries;
  if (payments === null) throw new Error('The demo assistance file does not read back');
  await writeAssistanceImport(
    trx,
    municipalityId,
    { name: 'ekonomiskt-bistand-2022-2023.csv', bytes: Buffer.from(assistance, 'utf8') },
    payments,
    stamp,
  );
  const volumes = demoVolumesCsv();
  const values = parseVolumesFile(csvRows(volumes)).entries;
  if (values === null) throw new Error('The demo volumes file does not read back');
  await writeVolumesImport(
    trx,
    municipalityId,
    { name: 'orosanmalningar-2022-2023.csv', bytes: Buffer.from(volumes, 'utf8') },
    values,
    stamp,
  );
}

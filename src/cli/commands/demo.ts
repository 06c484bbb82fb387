import type { Database } from '../../server/db/connect';
import { loadDemo } from '../../server/features/demo/demo.service';
import { demoUsersSv } from '../../domain/demo/demo-users';
import type { CliIo } from '../cli-io';
import { cliContext } from '../cli-actor';

export async function demoCommand(
  database: Database,
  io: CliIo,
  options: { reset: boolean },
): Promise<void> {
  const loaded = await loadDemo(cliContext(database, null), options);
  for (const result of [loaded, loaded.exempelkommun]) {
    const what = `${result.municipalityName} (${result.transactionCount} transaktioner)`;
    io.stdout.write(
      result.outcome === 'kept'
        ? `Demokommunen ${what} finns redan och lämnades orörd. Använd --reset för att läsa in den på nytt.\n`
        : result.outcome === 'reloaded'
          ? `Demokommunen ${what} är inläst på nytt.\n`
          : `Demokommunen ${what} är inläst.\n`,
    );
  }
  io.stdout.write(`${demoUsersSv()}\n`);
}

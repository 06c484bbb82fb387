import { openDatabase } from '../server/db/connect';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  openDatabase,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault in the program, not in the input: one line, the details only when asked for.
    if (process.env.NAMNDKOLL_DEBUG === '1') console.error('Oväntat fel:', error);
    else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(
        `Oväntat fel i Nämndkoll: ${message}\nInget har sparats. Kör igen med NAMNDKOLL_DEBUG=1 för detaljer och rapportera felet.`,
      );
    }
    process.exitCode = 1;
  },
);

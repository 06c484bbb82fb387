import { loadDemo } from '#server/features/demo/demo.service';
import { demoUsersSv } from '#domain/demo/demo-users';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';

/** demo: loads the demo municipalities (Alingsås (demo) and Exempelkommun) and names their users. */
export const demoCommand = defineCommand<{ reset: boolean }>({
  name: 'demo',
  description: 'läs in demokommunen Alingsås (demo) med Socialnämnden',
  options: (command) =>
    command.option('--reset', 'ersätt en redan inläst demokommun och allt som hör till den', false),
  handler: async ({ database, io, options }) => {
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
    return 0;
  },
});

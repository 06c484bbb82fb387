import { Command, CommanderError, Option } from 'commander';
import { errorMessageSv } from '../contract/error-messages-sv';
import { AppError } from '../server/app-error';
import { ConfigError, databaseConfig } from '../server/config';
import type { Database } from '../server/db/connect';
import { prepareSchema } from '../server/db/database-owner';
import { UsageError, type CliIo } from './cli-io';
import { fileErrorMessage } from './cli-files';
import { configure, commanderMessageSv } from './commander-sv';
import { CLI_COMMANDS, COMMAND_GROUPS } from './commands/command-table';

/**
 * The command line: `namndkoll <kommando>`. Returns the exit code: 0 done, 1 the work failed
 * (no data, not found, database busy), 2 the command was wrong.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let database: Database | undefined;
  let exitCode = 0;
  const withDatabase = async (
    dataDir: string | undefined,
    work: (db: Database) => Promise<void>,
  ): Promise<void> => {
    const config = databaseConfig(io.env, dataDir);
    database = await io.openDatabase(config);
    await prepareSchema(database, config, io.openDatabase);
    await work(database);
  };

  const program = configure(new Command('namndkoll'), io)
    .description('Nämndkoll: planering och uppföljning för kommunala nämnder.')
    .addOption(
      new Option(
        '--data-dir <mapp>',
        'den inbyggda databasens mapp (annars DATA_DIR eller ./data)',
      ),
    )
    .addHelpText(
      'after',
      '\nMed DATABASE_URL=postgres://... används PostgreSQL i stället för den inbyggda databasen.\n',
    )
    .usage('[flaggor] <kommando>')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .showSuggestionAfterError(false);
  const globalDataDir = (): string | undefined => program.opts<{ dataDir?: string }>().dataDir;

  // A group is the words before a command's last ("report", "budget decision"), nested.
  const groups = new Map<string, Command>();
  const groupOf = (words: readonly string[]): Command => {
    if (words.length === 0) return program;
    const name = words.join(' ');
    const existing = groups.get(name);
    if (existing) return existing;
    const group = configure(groupOf(words.slice(0, -1)).command(words.at(-1) ?? name), io)
      .usage('<kommando> [flaggor]')
      .description(COMMAND_GROUPS[name] ?? '');
    groups.set(name, group);
    return group;
  };
  for (const entry of CLI_COMMANDS) {
    const words = entry.name.split(' ');
    const parent = groupOf(words.slice(0, -1));
    const command = configure(parent.command(words.at(-1) ?? entry.name), io).description(
      entry.description,
    );
    if (entry.usage !== undefined) command.usage(entry.usage);
    if (entry.argument) command.argument(entry.argument.name, entry.argument.description);
    entry.options?.(command);
    command.action(async () => {
      const argument = command.args[0] ?? '';
      await withDatabase(globalDataDir(), async (db) => {
        exitCode = await entry.handler({ database: db, io, options: command.opts(), argument });
      });
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      // A command group called without its command: commander has shown its help.
      if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
      io.stderr.write(`${commanderMessageSv(error)}\nSe: namndkoll --help\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr.write(
        `${errorMessageSv({ code: error.code, message: error.message, details: error.details, issues: [...error.issues] })}\n`,
      );
      // A request the command line could not use is a wrong command (2); the rest failed work (1).
      return error.code === 'invalid-request' ? 2 : 1;
    }
    const fileError = fileErrorMessage(error);
    if (fileError !== undefined) {
      io.stderr.write(`${fileError}\n`);
      return 2;
    }
    throw error;
  } finally {
    await database?.close();
  }
}

import type { Command, OptionValues } from 'commander';
import type { Database } from '../server/db/connect';
import type { CliIo } from './cli-io';

/** What a command's handler runs with. */
export interface CommandRun<Options> {
  /** The database, opened and its schema prepared. */
  readonly database: Database;
  readonly io: CliIo;
  /** The options as the command's option list parsed them. */
  readonly options: Options;
  /** The command's argument (a file, an import's id); empty for a command that takes none. */
  readonly argument: string;
}

/**
 * A command of the command line, one entry of the table runCli builds the program from: the
 * words that call it, its help, its options and its handler. The handler returns the exit code
 * (0 done, 1 the work failed).
 */
export interface CliCommand<Options = OptionValues> {
  /** The words that call it: "demo", "report budget". */
  readonly name: string;
  readonly description: string;
  /** The usage line after the name, when not "[flaggor]". */
  readonly usage?: string;
  readonly argument?: { readonly name: string; readonly description: string };
  /** Adds the command's options (and their parsers) to it. */
  readonly options?: (command: Command) => Command;
  readonly handler: (run: CommandRun<Options>) => Promise<number>;
}

/**
 * A command for the table. Commander hands the handler the options the command's option list
 * declares; Options names them (the one place that is taken on trust, as commander's own typing
 * does).
 */
export function defineCommand<Options>(command: CliCommand<Options>): CliCommand {
  return {
    ...command,
    handler: (run) => command.handler({ ...run, options: run.options as Options }),
  };
}

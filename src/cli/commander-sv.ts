import type { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io';

/** Commander's help in Swedish, written to the command line's outputs. */

const HELP_TITLES_SV: Readonly<Record<string, string>> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Gemensamma flaggor:',
};

/** Commander's own refusals, in Swedish. */
export function commanderMessageSv(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `Okänd flagga: ${quoted}.`;
    case 'commander.unknownCommand':
      return `Okänt kommando: ${quoted}.`;
    case 'commander.missingMandatoryOptionValue':
      return `Flaggan ${quoted.split(/[ ,]/).find((part) => part.startsWith('--')) ?? quoted} måste anges.`;
    case 'commander.optionMissingArgument':
      return `Flaggan ${quoted.split(/[ ,]/).find((part) => part.startsWith('--')) ?? quoted} behöver ett värde.`;
    case 'commander.invalidArgument':
      return error.message.replace(/^error: option '[^']+' argument '[^']*' is invalid\. /, '');
    case 'commander.excessArguments':
      return 'För många argument.';
    default:
      return error.message.replace(/^error: /, '');
  }
}

/** A command (or group) that throws instead of exiting and helps in Swedish. */
export function configure(command: Command, io: CliIo): Command {
  return command
    .exitOverride()
    .helpOption('-h, --help', 'visa hjälp')
    .usage('[flaggor]')
    .configureHelp({
      styleTitle: (title) => HELP_TITLES_SV[title] ?? title,
      subcommandTerm: (sub) => `${sub.name()} ${sub.usage()}`,
      optionDescription: (option) =>
        typeof option.defaultValue === 'string'
          ? `${option.description} (standard: ${option.defaultValue})`
          : option.description,
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
}

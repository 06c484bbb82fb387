import { Command, InvalidArgumentError, CommanderError, Option } from 'commander';
import { errorMessageSv } from '../contract/error-messages-sv';
import { AppError } from '../server/app-error';
import { ConfigError, databaseConfig } from '../server/config';
import type { Database } from '../server/db/connect';
import { prepareSchema } from '../server/db/database-owner';
import {
  collect,
  parseEncodingOption,
  parseFormatOption,
  parseMonthOption,
  parsePositiveInteger,
  parseYearOption,
  REPORT_FORMATS,
} from './arguments';
import { UsageError, type CliIo } from './cli-io';
import { fileErrorMessage } from './cli-files';
import { auditVerifyCommand, type AuditVerifyOptions } from './commands/audit-verify';
import { demoCommand } from './commands/demo';
import { listImportsCommand, undoImportCommand } from './commands/import-history';
import { importLedgerCommand, type ImportLedgerOptions } from './commands/import-ledger';
import {
  reportOperatingStatement,
  type OperatingStatementOptions,
} from './commands/report-operating-statement';
import { reportBudget, type BudgetDocumentOptions } from './commands/report-budget';
import { reportMonthly, type MonthlyReportOptions } from './commands/report-monthly';
import { forecastExport, forecastImport, type ForecastSheetOptions } from './commands/forecast';
import { DOCUMENT_FORMATS } from '../server/features/budget/budget-document.service';

const HELP_TITLES_SV: Readonly<Record<string, string>> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Gemensamma flaggor:',
};

/** Commander's own refusals, in Swedish. */
function commanderMessageSv(error: CommanderError): string {
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

function configure(command: Command, io: CliIo): Command {
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

  configure(program.command('demo'), io)
    .description('läs in demokommunen Alingsås (demo) med Socialnämnden')
    .option('--reset', 'ersätt en redan inläst demokommun och allt som hör till den', false)
    .action(async (options: { reset: boolean }) => {
      await withDatabase(globalDataDir(), (db) => demoCommand(db, io, options));
    });

  const report = configure(program.command('report'), io)
    .usage('<kommando> [flaggor]')
    .description('ta fram en rapport');
  configure(report.command('operating-statement'), io)
    .description('driftredovisning för en nämnd, avdelning eller enhet, i tkr')
    .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2023', parseYearOption)
    .requiredOption(
      '--month <månad>',
      'rapportmånad 1–12 (utfall januari t.o.m. månaden)',
      parseMonthOption,
    )
    .addOption(
      new Option('--format <format>', `utdata: ${REPORT_FORMATS.join(', ')}`)
        .default('table')
        .argParser(parseFormatOption),
    )
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)')
    .option('--unit <ansvar>', 'en avdelnings eller enhets ansvarskod, t.ex. 8112')
    .action(async (options: OperatingStatementOptions) => {
      await withDatabase(globalDataDir(), (db) => reportOperatingStatement(db, io, options));
    });

  configure(report.command('budget'), io)
    .description(
      'budgetdokumentet för ett budgetår (Ekonomiska ramar, ramförändringen, investeringar)',
    )
    .requiredOption('--year <år>', 'budgetår, t.ex. 2026', parseYearOption)
    .addOption(
      new Option('--format <format>', `filformat: ${DOCUMENT_FORMATS.join(', ')}`)
        .makeOptionMandatory()
        .argParser((value) => {
          const format = DOCUMENT_FORMATS.find((candidate) => candidate === value);
          if (!format)
            throw new InvalidArgumentError(
              `Format ska vara ${DOCUMENT_FORMATS.join(', ')} (fick ”${value}”).`,
            );
          return format;
        }),
    )
    .requiredOption('-o, --output <fil>', 'filen att skriva, t.ex. budget-2026.docx')
    .option('--municipality <kommunkod>', 'kommunkod, t.ex. 1489 (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod, t.ex. SN (behövs om det finns flera)')
    .action(async (options: BudgetDocumentOptions) => {
      await withDatabase(globalDataDir(), (db) => reportBudget(db, io, options));
    });

  const MONTHLY_FORMATS = ['html', 'docx', 'pdf'] as const;
  configure(report.command('monthly'), io)
    .description('resultatrapporten för en månad (resultat, enheternas avvikelser, årsprognos)')
    .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2025', parseYearOption)
    .requiredOption('--month <månad>', 'rapportmånad 1–12', parseMonthOption)
    .addOption(
      new Option('--format <format>', `filformat: ${MONTHLY_FORMATS.join(', ')}`)
        .makeOptionMandatory()
        .argParser((value) => {
          const format = MONTHLY_FORMATS.find((candidate) => candidate === value);
          if (!format)
            throw new InvalidArgumentError(
              `Format ska vara ${MONTHLY_FORMATS.join(', ')} (fick ”${value}”).`,
            );
          return format;
        }),
    )
    .requiredOption('-o, --output <fil>', 'filen att skriva, t.ex. resultatrapport-2025-04.docx')
    .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
    .action(async (options: MonthlyReportOptions) => {
      await withDatabase(globalDataDir(), (db) => reportMonthly(db, io, options));
    });

  const forecast = configure(program.command('forecast'), io)
    .usage('<kommando> [flaggor]')
    .description('prognoser som samlas in med e-post: mall ut, ifylld fil in');
  configure(forecast.command('export'), io)
    .description('prognosmallen för en månad: en rad per enhet och kontogrupp (XLSX eller CSV)')
    .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2025', parseYearOption)
    .requiredOption('--month <månad>', 'rapportmånad 1–12', parseMonthOption)
    .requiredOption('-o, --output <fil>', 'filen att skriva: .xlsx eller .csv')
    .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
    .action(async (options: ForecastSheetOptions & { output: string }) => {
      await withDatabase(globalDataDir(), (db) => forecastExport(db, io, options));
    });
  configure(forecast.command('import'), io)
    .description('läs in en ifylld prognosmall (alla rader eller, vid fel, ingen)')
    .argument('<fil>', 'den ifyllda mallen, .xlsx eller .csv')
    .requiredOption('--year <år>', 'räkenskapsår, t.ex. 2025', parseYearOption)
    .requiredOption('--month <månad>', 'rapportmånad 1–12', parseMonthOption)
    .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
    .option('--board <nämndkod>', 'nämndens kod (behövs om det finns flera)')
    .action(async (file: string, options: ForecastSheetOptions) => {
      await withDatabase(globalDataDir(), (db) => forecastImport(db, io, file, options));
    });

  const importCommand = configure(program.command('import'), io)
    .usage('<kommando> [flaggor]')
    .description('läs in utfall från bokföringen');
  const commonImportOptions = (command: Command): Command =>
    command
      .option('--municipality <kommunkod>', 'kommunen att läsa in till (behövs om det finns flera)')
      .option('--dry-run', 'granska bara: visa månader, summor och problem utan att spara', false)
      .option('--account-map <fil>', 'kontogrupper från fil: account_from;account_to;account_group')
      .addOption(
        new Option('--encoding <teckenkodning>', 'auto, utf-8, cp437 eller windows-1252')
          .default('auto')
          .argParser(parseEncodingOption),
      )
      .option('--create-units', 'skapa enheter för ansvarskoder i filen som inte finns', false)
      .option(
        '--map-unit <filkod=enhetskod>',
        'koppla en ansvarskod i filen till en enhet (kan upprepas, sparas)',
        collect,
        [],
      )
      .option('--default-unit <enhetskod>', 'enhet för resultattransaktioner utan ansvar (sparas)')
      .option('--json', 'skriv resultatet som JSON', false);

  commonImportOptions(
    configure(importCommand.command('sie'), io)
      .usage('<fil> [flaggor]')
      .description('läs in en SIE 4-fil (typ 1–4, 4E, 4I): verifikationer eller periodsaldon')
      .argument('<fil>', 'SIE-filen')
      .option(
        '--new-municipality <kommunkod>',
        'skapa kommunen, nämnden, enheterna och kontona från filen',
      )
      .option('--name <namn>', 'den nya kommunens namn')
      .option('--board-name <namn>', 'den nya nämndens namn', 'Socialnämnden')
      .option('--board-code <kod>', 'den nya nämndens kod', 'SN')
      .option(
        '--budget',
        'läs också in filens periodbudget (#PBUDGET) som ett budgetförslag',
        false,
      )
      .option(
        '--unit-dimension <n>',
        'SIE-dimensionen med ansvar (standard 1, sparas per kommun)',
        parsePositiveInteger,
      ),
  ).action(async (file: string, options: ImportLedgerOptions) => {
    await withDatabase(globalDataDir(), async (db) => {
      exitCode = await importLedgerCommand(db, io, 'sie', file, options);
    });
  });

  commonImportOptions(
    configure(importCommand.command('csv'), io)
      .usage('<fil> [flaggor]')
      .description('läs in en CSV-export från bokföringen (kolumnerna anges en gång och sparas)')
      .argument('<fil>', 'CSV-filen')
      .option(
        '--columns <fält=rubrik,...>',
        'kolumner: date eller period, account, unit, amount; valfritt text, activity, project, verification, accountName',
      )
      .option('--delimiter <tecken>', 'fältavgränsare: ; , eller tab (annars från rubrikraden)')
      .option('--decimal <tecken>', 'decimaltecken: , eller . (standard , med semikolon, annars .)')
      .option('--sign <tecken>', 'debit-positive (som bokföringen, standard) eller result-sign'),
  ).action(async (file: string, options: ImportLedgerOptions) => {
    await withDatabase(globalDataDir(), async (db) => {
      exitCode = await importLedgerCommand(db, io, 'csv', file, options);
    });
  });

  configure(importCommand.command('list'), io)
    .description('visa kommunens importer, senaste först')
    .option('--municipality <kommunkod>', 'kommunen (behövs om det finns flera)')
    .action(async (options: { municipality?: string }) => {
      await withDatabase(globalDataDir(), (db) => listImportsCommand(db, io, options));
    });
  configure(importCommand.command('undo'), io)
    .usage('<import-id> [flaggor]')
    .description('ångra en import: dess månader får utfallet från importen före den')
    .argument('<import-id>', 'importens id (se import list)')
    .option('--municipality <kommunkod>', 'kommunen (behövs om det finns flera)')
    .action(async (importId: string, options: { municipality?: string }) => {
      await withDatabase(globalDataDir(), (db) => undoImportCommand(db, io, importId, options));
    });

  const audit = configure(program.command('audit'), io)
    .usage('<kommando> [flaggor]')
    .description('granskningsloggen');
  configure(audit.command('verify'), io)
    .description(
      'kontrollera granskningsloggens kedjor (alla, eller kommunens): att ingen rad har ändrats, tagits bort eller lagts till i efterhand',
    )
    .option('--municipality <kommunkod>', 'bara kommunens kedja')
    .option(
      '--row <nr>',
      'visa också radens kontrollsumma (jämför med den en publicerad rapport anger)',
      parsePositiveInteger,
    )
    .action(async (options: AuditVerifyOptions) => {
      await withDatabase(globalDataDir(), async (db) => {
        exitCode = await auditVerifyCommand(db, io, options);
      });
    });

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

import { errorMessageSv } from '../contract/error-messages-sv';
import { AppError } from './app-error';
import { ConfigError, serverConfig } from './config';
import { openDatabase } from './db/connect';
import { prepareSchema } from './db/database-owner';
import { loadDemo } from './features/demo/demo.service';
import { demoUsersSv } from '../domain/demo/demo-users';
import { buildApp } from './http/app';
import { SYSTEM_ACTOR, systemContext } from './request-context';
import { systemClock } from './clock';
import { sendReportReminders } from './features/board-reports/report-reminders.service';
import { smtpMailer, type Mailer } from './mail/mailer';
import type { Database } from './db/connect';

/** The writers' reminders by e-mail: a run soon after start, then every hour. */
function startReminderMail(database: Database, mailer: Mailer, publicUrl: URL | null): () => void {
  const run = () => {
    sendReportReminders(database, systemClock, mailer, publicUrl).catch((error: unknown) => {
      console.error('Påminnelserna kunde inte skickas:', error);
    });
  };
  const first = setTimeout(run, 10_000);
  const hourly = setInterval(run, 3_600_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
    mailer.close();
  };
}

/** Composition root: configuration -> database -> migrations -> (demo) -> HTTP. */
async function main(): Promise<void> {
  const config = serverConfig(process.env, process.argv.slice(2));
  const database = await openDatabase(config.database);
  const schema = await prepareSchema(database, config.database);
  const applied = schema.applied;
  console.log(
    `Databas: ${database.location}${applied.length ? ` (migrerad: ${applied.join(', ')})` : ''}`,
  );
  if (schema.appRole !== null && schema.appRole !== schema.ownerRole) {
    console.log(`Databasroller: programmet ${schema.appRole}, ägaren ${schema.ownerRole ?? ''}`);
  }
  if (schema.warning !== null) console.warn(schema.warning);
  if (config.loadDemo) {
    const loaded = await loadDemo(systemContext(database, systemClock, SYSTEM_ACTOR, null), {
      reset: false,
    });
    for (const demo of [loaded, loaded.exempelkommun]) {
      console.log(
        demo.outcome === 'kept'
          ? `Demokommunen ${demo.municipalityName} finns redan (${demo.transactionCount} transaktioner).`
          : `Demokommunen ${demo.municipalityName} är inläst (${demo.transactionCount} transaktioner).`,
      );
    }
    console.log(demoUsersSv());
  }
  const app = await buildApp({
    database,
    webRoot: config.webRoot,
    singleSignOn: config.singleSignOn,
    publicUrl: config.publicUrl,
    uploads: config.uploads,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  console.log(`Nämndkoll körs på ${address.replace('127.0.0.1', 'localhost')}`);
  if (config.singleSignOn) {
    console.log(`Enkel inloggning via ${config.singleSignOn.issuer.href}`);
  }
  const stopReminders = config.mail
    ? startReminderMail(
        database,
        smtpMailer(config.mail.smtpUrl, config.mail.from),
        config.publicUrl,
      )
    : () => undefined;
  if (config.mail) console.log('Påminnelser till skribenterna skickas med e-post (SMTP_URL).');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stänger ...`);
    stopReminders();
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(
      errorMessageSv({
        code: error.code,
        message: error.message,
        details: error.details,
        issues: [...error.issues],
      }),
    );
  } else if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Nämndkoll kunde inte starta:', error);
  }
  process.exit(1);
});

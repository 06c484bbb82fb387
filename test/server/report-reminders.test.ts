import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { boardReportSchema } from '#contract/board-reports';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS } from '#contract/endpoints';
import { listMunicipalities } from '#contract/organisation';
import { systemClock } from '#server/clock';
import { sendReportReminders } from '#server/features/board-reports/report-reminders.service';
import { smtpMailer, type Mailer } from '#server/mail/mailer';
import { demoAppFor } from '../support/demo-api';
import { sessionsSignedInLater } from '../support/http-session';
import { describeOneEngine, unguarded } from '../support/test-database';
import { testClock } from '../support/test-clock';

interface Received {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** A mail's header and body as read: quoted-printable and encoded words decoded (UTF-8). */
function readMail(raw: string, to: readonly string[]): Received {
  const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_match, encoded: string) =>
    quotedPrintable(encoded.replaceAll('_', ' ')),
  );
  return { to, subject, text: quotedPrintable(body.join('\n\n').replace(/=\r?\n/g, '')) };
}

const quotedPrintable = (text: string): string =>
  Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_match, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    ),
    'latin1',
  ).toString('utf8');

/**
 * The writers' reminders by e-mail, to a local SMTP server: three days before the deadline
 * and once it has passed, each once, only while the section is the writer's to finish, and
 * only to a writer with an address.
 */
describeOneEngine('reminders by e-mail on %s', (engine) => {
  const demo = demoAppFor(engine, systemClock);
  const sessions = sessionsSignedInLater();
  const controller = sessions.of('controller');
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        received.push(readMail(Buffer.concat(chunks).toString('latin1'), to));
        callback();
      });
    },
  });
  let mailer: Mailer;
  let reportId = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    mailer = smtpMailer(`smtp://127.0.0.1:${String(port)}`, 'Nämndkoll <namndkoll@kommun.test>');
    await sessions.signIn(demo.app, ['controller']);
    const { municipalities } = listMunicipalities.response.parse(
      (await controller({ method: 'GET', url: '/api/municipalities' })).json(),
    );
    const alingsas = municipalities.find((municipality) => municipality.code === '1489');
    const ids = { municipalityId: alingsas?.id ?? '', boardId: alingsas?.boards[0]?.id ?? '' };
    const opened = boardReportSchema.parse(
      (
        await controller({
          method: 'POST',
          url: fillPath(ALL_ENDPOINTS.openBoardReport.path, ids),
          payload: { year: 2023, month: 8 },
        })
      ).json(),
    );
    reportId = opened.id;
    const writerId = (name: string) =>
      opened.writers.find((writer) => writer.displayName === name)?.id ?? '';
    const assign = async (sectionKey: string, assigneeId: string) => {
      const response = await controller({
        method: 'POST',
        url: fillPath(ALL_ENDPOINTS.assignReportSection.path, { ...ids, reportId, sectionKey }),
        payload: { assigneeId, deadline: '2023-09-15', baseRevision: 1 },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await assign('arbetsmiljo', writerId('Mona Ström'));
    await assign('verksamhet', writerId('Jonas Berg'));
    // Mona has an address; Jonas has none and is reminded in the app only.
    await sql`update app_user set email = 'mona.strom@kommun.test' where username = 'hr'`.execute(
      unguarded(demo.database),
    );
    await sql`update app_user set email = null where username = 'avdelningschef'`.execute(
      unguarded(demo.database),
    );
  });
  afterAll(async () => {
    mailer.close();
    await new Promise<void>((resolve) => {
      smtp.close(() => {
        resolve();
      });
    });
  });

  const runAt = (iso: string) =>
    sendReportReminders(
      demo.database,
      testClock(iso),
      mailer,
      new URL('https://namndkoll.kommun.test'),
    );

  it('sends nothing four days before the deadline', async () => {
    expect(await runAt('2023-09-11T08:00:00Z')).toEqual({ emailed: 0, failed: 0 });
    expect(received).toEqual([]);
  });

  it('reminds three days before, once, in Swedish with a link to the section', async () => {
    expect(await runAt('2023-09-12T08:00:00Z')).toEqual({ emailed: 1, failed: 0 });
    expect(await runAt('2023-09-13T08:00:00Z')).toEqual({ emailed: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.to).toEqual(['mona.strom@kommun.test']);
    expect(mail?.subject).toBe('Påminnelse: Arbetsmiljö, Delårsrapport augusti 2023');
    expect(mail?.text).toContain('Hej Mona Ström,');
    expect(mail?.text).toContain('Avsnittet ”Arbetsmiljö” ska vara klart 2023-09-15, om 3 dagar.');
    expect(mail?.text).toContain(
      `https://namndkoll.kommun.test/delarsrapport/${reportId}/arbetsmiljo`,
    );
  });

  it('reminds once more after the deadline, and not a writer whose section is ready', async () => {
    expect(await runAt('2023-09-16T08:00:00Z')).toEqual({ emailed: 1, failed: 0 });
    expect(received.at(-1)?.text).toContain(
      'Avsnittet ”Arbetsmiljö” skulle ha varit klart 2023-09-15 (1 dag sedan).',
    );
    expect(await runAt('2023-09-17T08:00:00Z')).toEqual({ emailed: 0, failed: 0 });
    const sent = await sql<{ key: string; kind: string }>`
      select key, kind from board_report_reminder order by sent_at`.execute(demo.database.db);
    expect(sent.rows).toEqual([
      { key: 'arbetsmiljo', kind: 'due-soon' },
      { key: 'arbetsmiljo', kind: 'overdue' },
    ]);
  });

  it('does not record a mail that failed, so the next run tries again', async () => {
    await sql`update app_user set email = 'jonas.berg@kommun.test' where username = 'avdelningschef'`.execute(
      unguarded(demo.database),
    );
    const failing: Mailer = {
      send: () => Promise.reject(new Error('the server is down')),
      close: () => undefined,
    };
    const errors = console.error;
    console.error = () => undefined;
    try {
      expect(
        await sendReportReminders(demo.database, testClock('2023-09-18T08:00:00Z'), failing, null),
      ).toEqual({ emailed: 0, failed: 1 });
    } finally {
      console.error = errors;
    }
    expect(await runAt('2023-09-18T09:00:00Z')).toEqual({ emailed: 1, failed: 0 });
    expect(received.at(-1)?.to).toEqual(['jonas.berg@kommun.test']);
  });
});

import { swedishDate } from '#contract/swedish-time';
import { dueReminders, reminderSv } from '#domain/interim-report/assignment-reminders';
import { REPORT_KIND_NAMES_SV } from '#domain/interim-report/report-template';
import { MONTH_NAMES_SV, toMonth } from '#domain/kernel/period';
import type { Clock } from '#server/clock';
import type { Database } from '#server/db/connect';
import type { Mailer } from '#server/mail/mailer';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { findOwedSections, findSentReminders, insertReminder } from './report-reminders.repo';

/**
 * The writers' reminders by e-mail: a few days before a section's deadline and once it has
 * passed, each kind once per writer and section (board_report_reminder records the mails
 * sent). The app shows the reminders on the writer's Översikt whether or not mail goes out; a
 * writer without an e-mail address gets them there only. Run hourly by the server when
 * SMTP_URL is set; a mail that fails is not recorded, so the next run tries again.
 */

export interface ReminderRun {
  /** Reminders mailed this run. */
  readonly emailed: number;
  /** Mails that failed (tried again next run). */
  readonly failed: number;
}

const keyOf = (row: { municipality_id: string; report_id: string; key: string }) =>
  `${row.municipality_id}/${row.report_id}/${row.key}`;

export async function sendReportReminders(
  database: Database,
  clock: Clock,
  mailer: Mailer,
  publicUrl: URL | null,
): Promise<ReminderRun> {
  const db = database.db;
  const [owed, sent] = await Promise.all([findOwedSections(db), findSentReminders(db)]);
  const today = swedishDate(clock.now().toISOString());
  let emailed = 0;
  let failed = 0;
  for (const section of owed) {
    const { deadline, email, assignee_id: assigneeId } = section;
    if (deadline === null || assigneeId === null || !email) continue;
    const already = sent
      .filter((row) => keyOf(row) === keyOf(section) && row.assignee_id === assigneeId)
      .map((row) => row.kind);
    const [due] = dueReminders(today, [
      { sectionKey: section.key, deadline, state: section.state, sent: already },
    ]);
    if (!due) continue;
    const sentence = reminderSv(due, section.title, deadline);
    const report = `${REPORT_KIND_NAMES_SV[section.kind]} ${MONTH_NAMES_SV[toMonth(section.month)]} ${String(section.year)}`;
    const link = publicUrl
      ? `\n\n${new URL(`/delarsrapport/${section.report_id}/${section.key}`, publicUrl).href}`
      : '';
    try {
      await mailer.send({
        to: email,
        subject: `Påminnelse: ${section.title}, ${report}`,
        text: `Hej ${section.display_name},\n\n${sentence}\n\nAvsnittet skrivs i Nämndkoll under Delårsrapport.${link}\n`,
      });
    } catch (error) {
      failed += 1;
      console.error(`Påminnelsen till ${email} kunde inte skickas:`, error);
      continue;
    }
    const ctx = systemContext(database, clock, SYSTEM_ACTOR, {
      municipalityId: section.municipality_id,
    });
    await ctx.write((trx) =>
      insertReminder(trx, {
        municipality_id: section.municipality_id,
        report_id: section.report_id,
        key: section.key,
        kind: due.kind,
        assignee_id: assigneeId,
        sent_at: clock.now().toISOString(),
        emailed: true,
      }),
    );
    emailed += 1;
  }
  return { emailed, failed };
}

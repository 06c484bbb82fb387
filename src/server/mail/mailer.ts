import nodemailer from 'nodemailer';

/** An e-mail as Nämndkoll sends it: plain text, in Swedish. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mail; the server has one when SMTP_URL is set, none otherwise. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Mail through the SMTP server at the address (smtp://user:pass@host:587, smtps://…). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close() {
      transport.close();
    },
  };
}

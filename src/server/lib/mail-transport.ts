// Thin wrapper over nodemailer: an SMTP transport when SMTP_URL is set, nothing otherwise.
import type { Transporter } from 'nodemailer';

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  replyTo?: string | null;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Extra headers (List-Unsubscribe), kept with the queued message so a retry carries them too. */
  headers?: Record<string, string>;
};
export type MailTransport = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // nodemailer is loaded with the first message rather than at start-up (~40 ms of a cold start,
  // and most embedded installs never configure SMTP). It connects per message either way.
  let transporter: Promise<Transporter> | undefined;
  const open = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl)));
  return {
    send: async (mail) => {
      const opened = await open();
      await opened.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        replyTo: mail.replyTo ?? undefined,
        attachments: mail.attachments,
        headers: mail.headers,
      });
    },
    close: () =>
      void transporter?.then(
        (opened) => opened.close(),
        () => undefined,
      ),
  };
}

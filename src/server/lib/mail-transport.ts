// Thin wrapper over nodemailer: an SMTP transport when SMTP_URL is set, nothing otherwise.
import nodemailer from 'nodemailer';

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
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transporter.sendMail({
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
    close: () => transporter.close(),
  };
}

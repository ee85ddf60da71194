// Every message goes to the outbox table first, so a crash between "request succeeded" and
// "SMTP accepted" loses nothing: a failed send is retried with backoff and ends as 'failed',
// never as 'sent'. With no SMTP server configured, mail is logged and kept for the dev outbox.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { MailTransport, OutgoingMail } from '../../lib/mail-transport.ts';
import { mailRepository } from './mail.repository.ts';

const maxAttempts = 5;
const backoffMs = (attempt: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempt);

export type Mailer = ReturnType<typeof createMailer>;

export function createMailer(db: Db, transport: MailTransport | null, log: FastifyBaseLogger) {
  const repo = mailRepository(db);

  async function attempt(row: { id: string; attempts: number }, mail: OutgoingMail) {
    if (!transport) return;
    try {
      await transport.send(mail);
      await repo.markSent(row.id);
    } catch (error) {
      const attempts = row.attempts + 1;
      const retryAt = attempts < maxAttempts ? new Date(Date.now() + backoffMs(attempts)) : null;
      log.warn({ err: error, mailId: row.id, attempts }, 'mail send failed');
      await repo.markAttemptFailed(row.id, error instanceof Error ? error.message : String(error), retryAt);
    }
  }

  return {
    configured: transport !== null,
    /** Records the message durably, then tries to send it once before returning. */
    async send(mail: OutgoingMail) {
      const row = await repo.insert({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, status: transport ? 'queued' : 'logged' });
      if (!transport) {
        log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (no SMTP_URL set: kept in the dev outbox)');
        return row.id;
      }
      await attempt(row, mail);
      return row.id;
    },
    async retryDue() {
      for (const row of await repo.claimDue(20)) await attempt(row, { to: row.to, subject: row.subject, text: row.text, html: row.html });
    },
    latest: (limit = 50) => repo.findLatest(limit),
  };
}

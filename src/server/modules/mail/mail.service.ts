// Every message goes to the outbox table first, so a crash between "request succeeded" and
// "SMTP accepted" loses nothing: a failed send is retried with backoff and ends as 'failed',
// never as 'sent'. With no SMTP server configured, mail is logged and kept for the dev outbox.
// Attachments are stored with the message, so a retry sends exactly what the first try would.
// A message may carry a `ref` ("letter:<id>"); the domain that owns the ref hears when it is
// delivered or finally fails (onDelivery), wherever the attempt happened.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { StoredAttachment } from './mail.repository.ts';
import type { MailTransport, OutgoingMail } from '../../lib/mail-transport.ts';
import { mailRepository, type MailRow } from './mail.repository.ts';

const maxAttempts = 5;
const backoffMs = (attempt: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempt);

export type MailDelivery = { mailId: string; ref: string; outcome: 'sent' | 'failed' | 'logged' };
type DeliveryListener = (delivery: MailDelivery) => Promise<void>;

export type Mailer = ReturnType<typeof createMailer>;

const toStored = (mail: OutgoingMail): StoredAttachment[] =>
  (mail.attachments ?? []).map((file) => ({
    filename: file.filename,
    contentType: file.contentType,
    contentBase64: file.content.toString('base64'),
  }));
const fromRow = (row: MailRow): OutgoingMail => ({
  to: row.to,
  subject: row.subject,
  text: row.text,
  html: row.html,
  replyTo: row.replyTo,
  headers: row.headers,
  attachments: row.attachments.map((file) => ({
    filename: file.filename,
    contentType: file.contentType,
    content: Buffer.from(file.contentBase64, 'base64'),
  })),
});

export function createMailer(db: Db, transport: MailTransport | null, log: FastifyBaseLogger) {
  const repo = mailRepository(db);
  const listeners = new Map<string, DeliveryListener>();

  async function report(row: { id: string; ref: string | null }, outcome: MailDelivery['outcome']) {
    if (!row.ref) return;
    const listener = listeners.get(row.ref.split(':')[0]!);
    if (!listener) return;
    try {
      await listener({ mailId: row.id, ref: row.ref, outcome });
    } catch (error) {
      log.error({ err: error, mailId: row.id, ref: row.ref }, 'mail delivery listener failed');
    }
  }

  async function attempt(row: { id: string; attempts: number; ref: string | null }, mail: OutgoingMail) {
    if (!transport) return;
    try {
      await transport.send(mail);
      await repo.markSent(row.id);
      await report(row, 'sent');
    } catch (error) {
      const attempts = row.attempts + 1;
      const retryAt = attempts < maxAttempts ? new Date(Date.now() + backoffMs(attempts)) : null;
      log.warn({ err: error, mailId: row.id, attempts }, 'mail send failed');
      await repo.markAttemptFailed(row.id, error instanceof Error ? error.message : String(error), retryAt);
      if (!retryAt) await report(row, 'failed');
    }
  }

  async function record(mail: OutgoingMail & { ref?: string }) {
    const row = await repo.insert({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: toStored(mail),
      ref: mail.ref ?? null,
      replyTo: mail.replyTo ?? null,
      headers: mail.headers ?? {},
      status: transport ? 'queued' : 'logged',
    });
    if (!transport) {
      log.info(
        { to: mail.to, subject: mail.subject, text: mail.text },
        'mail (no SMTP_URL set: kept in the dev outbox)',
      );
      await report(row, 'logged');
    }
    return { row, deliver: transport !== null };
  }

  /**
   * Records the message durably and answers at once; the first try happens after the caller's
   * answer. For auth mail: how long a request takes then depends neither on the mail server nor
   * on whether the address had an account to write to.
   */
  async function queue(mail: OutgoingMail & { ref?: string }) {
    const { row, deliver } = await record(mail);
    if (deliver)
      setImmediate(
        () =>
          void attempt(row, mail).catch((error: unknown) =>
            log.warn({ err: error, mailId: row.id }, 'queued mail: first try failed; the retry loop takes over'),
          ),
      );
    return row.id;
  }

  return {
    configured: transport !== null,
    /** Hears about every message whose ref starts with `${kind}:` when it is sent, logged (no SMTP) or finally fails. */
    onDelivery(kind: string, listener: DeliveryListener) {
      listeners.set(kind, listener);
    },
    /** Records the message durably, then tries to send it once before returning its outbox id. */
    async send(mail: OutgoingMail & { ref?: string }) {
      const { row, deliver } = await record(mail);
      if (deliver) await attempt(row, mail);
      return row.id;
    },
    queue,
    /** Like queue, but even the outbox write happens after the caller's answer (failures are logged). */
    queueAfterAnswer(mail: OutgoingMail & { ref?: string }) {
      setImmediate(
        () =>
          void queue(mail).catch((error: unknown) =>
            log.error({ err: error, subject: mail.subject }, 'mail not queued'),
          ),
      );
    },
    async retryDue() {
      for (const row of await repo.claimDue(20)) await attempt(row, fromRow(row));
    },
    latest: (limit = 50) => repo.findLatest(limit),
    /** Where each message stands: queued | sent | failed | logged, with the last error. */
    statuses: (ids: string[]) => repo.findStatuses(ids),
  };
}

// A client's record from start to end: export of the whole record (JSON and PDF), composed from
// this module's parts and the sections other modules register; and deletion under the retention
// rule — destroyed at once (row and key: crypto-shredding), or, when a module names a reason to keep
// it (signed session notes), hidden and locked now and destroyed by the `client-destruction` job
// after CLINICAL_RETENTION_YEARS. docs/clients-and-consent.md, docs/security.md, decisions/025.
import type { ClientExport, DeletionPlan, ExportSection, PortalExport } from '../../../contracts/client-lifecycle.ts';
import { memberLabel, type ClientActor } from '../../access/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import type { Db } from '../../db/client.ts';
import { clientAccessLogRepository } from './client-access-log.repository.ts';
import { clientLifecycleRepository } from './client-lifecycle.repository.ts';
import { toClient, toConsent } from './clients.mapper.ts';
import { noSuchClient, type ClientsPolicy } from './clients.policy.ts';
import { clientsRepository, type ClientRow } from './clients.repository.ts';
import { randomBytes } from 'node:crypto';
import { encryptWithKeyId } from '../../lib/crypto.ts';
import type { Opener, SealedText } from './sealed-text.ts';
import { renderClientExport } from './client-export-pdf.ts';

/** A module's part of the export: plain data, opened with the export's one opener (no read of its own is logged). */
export type ExportSectionSource = (clientId: string, opener: Opener) => Promise<unknown>;
/** True when the module must keep the client's record for the retention period (e.g. signed session notes). */
export type RetentionReason = (clientId: string) => Promise<boolean>;
/** Runs in the transaction that hides a deleted client (e.g. withdraw the client's pending portal forms). */
export type OnHide = (tx: Db, clientId: string) => Promise<void>;

function registry<T>(kind: string) {
  const entries = new Map<string, T>();
  return {
    register(name: string, value: T) {
      if (entries.has(name)) throw new Error(`${kind} "${name}" is registered twice`);
      entries.set(name, value);
    },
    entries: () => [...entries.entries()],
  };
}

/** Who reads the record for an export: a member, or the client themselves (no member id). */
export type ExportReader = { actorUserId: string | null; actorLabel: string };
export type ExportFormat = 'JSON' | 'PDF';
const exportAction = (format: ExportFormat) =>
  format === 'JSON' ? 'exported the record (JSON)' : 'printed the record (PDF)';

const iso = (value: Date | string) => new Date(value).toISOString();
const destructionBatch = 100;
/** How the client appears in their own access log when they download their record from the portal. */
const clientReader: ExportReader = { actorUserId: null, actorLabel: 'the client' };

type Deps = {
  policy: ClientsPolicy;
  sealed: SealedText;
  dayOf: (ownerUserId: string) => Promise<string>;
  /** The therapist's time zone (UTC when unset): the PDF's dates are shown in it. */
  zoneOf: (ownerUserId: string) => Promise<string>;
};

export function clientLifecycle(context: AppContext, { policy, sealed, dayOf, zoneOf }: Deps) {
  const repo = clientsRepository(context.db);
  const rows = clientLifecycleRepository(context.db);
  const log = clientAccessLogRepository(context.db);
  const sections = registry<{ label: string; source: ExportSectionSource }>('export section');
  const reasons = registry<RetentionReason>('retention reason');
  const hideHooks = registry<OnHide>('on-hide hook');

  /** The whole record; the access-log row for this export is written first, so the export lists itself. */
  async function exportOf(row: ClientRow, reader: ExportReader, format: ExportFormat): Promise<ClientExport> {
    const opener = await sealed.open({ clientId: row.id, ...reader, action: exportAction(format) });
    const [consentRows, today, accessLog, therapistName, parts] = await Promise.all([
      repo.findConsents(row.id),
      dayOf(row.ownerUserId),
      log.findForClient(row.id, 100_000),
      rows.therapistName(row.ownerUserId),
      Promise.all(
        sections.entries().map(async ([name, { label, source }]): Promise<ExportSection> => ({
          name,
          label,
          data: await source(row.id, opener),
        })),
      ),
    ]);
    return {
      format: 'kneadwork.client-record/1',
      exportedAt: new Date().toISOString(),
      therapist: { userId: row.ownerUserId, name: therapistName },
      client: toClient(row, opener),
      consents: consentRows.map((consent) => toConsent(consent, opener, today)),
      accessLog: accessLog.map((entry) => ({ ...entry, at: iso(entry.at) })),
      sections: parts,
    };
  }

  /** The printed record: its bytes and a file name without the client's name (it may be mailed or synced). */
  async function pdfOf(row: ClientRow, reader: ExportReader) {
    const [record, zone] = await Promise.all([exportOf(row, reader, 'PDF'), zoneOf(row.ownerUserId)]);
    const day = new Date().toISOString().slice(0, 10);
    return { bytes: await renderClientExport(record, zone), filename: `client-record-${day}.pdf` };
  }

  async function reasonsToRetain(clientId: string): Promise<string[]> {
    const answers = await Promise.all(
      reasons.entries().map(async ([name, holds]) => ((await holds(clientId)) ? name : null)),
    );
    return answers.filter((name): name is string => name !== null);
  }

  const retentionEnd = (from: Date) => {
    const end = new Date(from);
    end.setUTCFullYear(end.getUTCFullYear() + context.config.clinical.retentionYears);
    return end;
  };

  async function plan(clientId: string, now: Date): Promise<DeletionPlan> {
    const why = await reasonsToRetain(clientId);
    return {
      outcome: why.length ? 'retained' : 'destroyed',
      reasons: why,
      retentionYears: context.config.clinical.retentionYears,
      destroyAfter: why.length ? retentionEnd(now).toISOString() : null,
    };
  }

  /** Destroys the client and their key in one transaction: what is left elsewhere can no longer be opened. */
  async function destroy(clientId: string) {
    await repo.inTransaction(async (tx) => {
      await clientLifecycleRepository(tx).destroy(clientId);
      await sealed.keys.destroy(tx, clientId);
    });
  }

  return {
    /** Other modules add their part of the export here (in their module.ts): `register(name, { label, source })`. */
    exportSections: sections,
    /** Other modules name a reason to keep a deleted record for the retention period: `register(words, holds)`. */
    retentionReasons: reasons,
    /** Other modules act when a deleted record is hidden (withdraw pending portal forms): `register(name, hook)`. */
    onHide: hideHooks,
    exportOf,
    pdfOf,
    /**
     * Seals for a client who may have been destroyed (a referral's later notes): their own key while
     * they exist; afterwards a key nobody keeps, so no key is made for them again and the text is
     * as unreadable as the rest of theirs.
     */
    async sealerFor(clientId: string) {
      if (await rows.exists(clientId)) return sealed.forClient(clientId);
      const gone = randomBytes(32);
      const seal = (text: string) => encryptWithKeyId(gone, clientId, text);
      return { seal, sealJson: (value: unknown) => seal(JSON.stringify(value)) };
    },
    /** Whether the client still exists (hidden ones do, until destroyed). */
    exists: (clientId: string) => rows.exists(clientId),

    /** The therapist's export of one client (JSON or the data for the PDF); 404 for anyone else. */
    async exportFor(actor: Actor, clientId: string, format: ExportFormat) {
      const row = await policy.requireAccess(actor, 'clients.read', clientId);
      return exportOf(row, { actorUserId: actor.userId, actorLabel: memberLabel(actor) }, format);
    },

    /** The therapist's printed record of one client; 404 for anyone else. */
    async pdfFor(actor: Actor, clientId: string) {
      const row = await policy.requireAccess(actor, 'clients.read', clientId);
      return pdfOf(row, { actorUserId: actor.userId, actorLabel: memberLabel(actor) });
    },

    /** The signed-in client's records, one per therapist; hidden (deleted) records are left out. */
    async portalExport(actor: ClientActor): Promise<PortalExport> {
      const records: ClientExport[] = [];
      for (const { clientId, memberUserId } of actor.records) {
        const row = await repo.findOwned(memberUserId, clientId);
        if (row) records.push(await exportOf(row, clientReader, 'JSON'));
      }
      return { format: 'kneadwork.portal-records/1', exportedAt: new Date().toISOString(), records };
    },

    /** One of the signed-in client's records as a PDF; 404 for a record that is not theirs (or is deleted). */
    async portalPdf(actor: ClientActor, clientId: string) {
      const record = actor.records.find((entry) => entry.clientId === clientId);
      const row = record && (await repo.findOwned(record.memberUserId, clientId));
      if (!row) throw notFound(noSuchClient);
      return pdfOf(row, clientReader);
    },

    /** What deleting the client would do now (the confirmation dialog says it). */
    async planDeletion(actor: Actor, clientId: string): Promise<DeletionPlan> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      return plan(clientId, new Date());
    },

    /**
     * Deletes the client under the retention rule: destroyed at once when nothing must be kept;
     * otherwise hidden and locked now (404 everywhere, writes refused, hooks run) and destroyed
     * after the retention period. The access log of a hidden client stays until then.
     */
    async delete(actor: Actor, clientId: string, now = new Date()): Promise<DeletionPlan> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const decided = await plan(clientId, now);
      if (decided.outcome === 'destroyed') {
        await destroy(clientId);
        return decided;
      }
      await repo.inTransaction(async (tx) => {
        await clientLifecycleRepository(tx).hide(clientId, now, new Date(decided.destroyAfter!));
        await clientAccessLogRepository(tx).append({
          clientId,
          actorUserId: actor.userId,
          actorLabel: memberLabel(actor),
          action: `deleted the record (kept, hidden, until ${decided.destroyAfter!.slice(0, 10)}: ${decided.reasons.join(', ')})`,
        });
        for (const [, hook] of hideHooks.entries()) await hook(tx, clientId);
      });
      return decided;
    },

    /** The `client-destruction` job: destroys every hidden client whose retention period ended by `now`. */
    async destroyDue(now: Date): Promise<number> {
      let destroyed = 0;
      for (;;) {
        const due = await rows.dueForDestruction(now, destructionBatch);
        for (const clientId of due) await destroy(clientId);
        destroyed += due.length;
        if (due.length < destructionBatch) return destroyed;
      }
    },
  };
}
export type ClientLifecycle = ReturnType<typeof clientLifecycle>;

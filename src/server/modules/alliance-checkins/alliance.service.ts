// Alliance check-ins and session feedback. A form is sent to a client (by the therapist, after
// every Nth signed session, or — feedback — after each signed session); the client answers in the
// portal; answers are sealed under the client's key, the scores kept as figures; the therapist is
// told at once by a notice without words. The client's email carries no clinical text: only "your
// therapist would like your feedback" and the portal link.
import {
  questionnaireDefinitionSchema,
  type Alliance,
  type AllianceSettings,
  type AllianceSummary,
  type CheckIn,
  type CheckInAnswer,
  type PortalCheckIn,
  type Questionnaire,
  type QuestionnaireDefinition,
  type QuestionnaireInput,
  type RebookingDraft,
  type Retention,
} from '../../../contracts/alliance.ts';
import { appPaths, appUrl } from '../../../contracts/app-paths.ts';
import { calendarDay } from '../../../contracts/time.ts';
import { memberLabel, type ClientActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { SignHook } from '../session-notes/session-notes.service.ts';
import { allianceRepository, type CheckInRow } from './alliance.repository.ts';
import { allianceSubscales, dropOf, median } from './alliance-trend.ts';
import {
  checkAnswers,
  massageAllianceCheckIn,
  score,
  sessionFeedbackForm,
  shippedQuestionnaires,
} from './questionnaires.ts';

export const noSuchCheckIn = 'No such check-in';
export type AllianceDeps = {
  clients: Pick<ClientsService, 'policy' | 'sealed' | 'recordAccess'>;
  notifications: Pick<NotificationsService, 'transaction'>;
  /** The treatment plans' visit cadence: days between visits per client with a plan. */
  plans?: { planIntervals(clientIds: string[]): Promise<Map<string, number>> };
};

const defaults = { checkInEvery: 3, expectedIntervalDays: 14, questionnaireKey: massageAllianceCheckIn.key };
const iso = (value: Date | string) => new Date(value).toISOString();
const dayMs = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

const toQuestionnaire = (definition: QuestionnaireDefinition, source: 'shipped' | 'practice'): Questionnaire => ({
  ...definition,
  items: definition.items.map((item) => ({ ...item, reverse: item.reverse })),
  source,
});
const toCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  clientId: row.clientId,
  kind: row.kind as CheckIn['kind'],
  questionnaire: row.questionnaireKey,
  sessionId: row.sessionId,
  sentAt: iso(row.sentAt),
  answeredAt: row.answeredAt ? iso(row.answeredAt) : null,
  scores: (row.scores as Record<string, number> | null) ?? null,
});

export const rebookingTemplate = {
  subject: 'Time for your next massage?',
  text: (therapist: string) =>
    `Hello,\n\nIt has been a little while since your last visit. Whenever you would like to book your next session, just reply to this email or get in touch the way you usually do.\n\nWarm regards,\n${therapist}`,
};

export function allianceService(context: AppContext, deps: AllianceDeps) {
  const repo = allianceRepository(context.db);
  const { policy, sealed } = deps.clients;
  const portalLink = appUrl(context.config.publicUrl, appPaths.portal);

  const settingsOf = async (ownerUserId: string) => {
    const row = await repo.settingsOf(ownerUserId);
    return row ?? { ownerUserId, ...defaults };
  };
  const definitionFor = async (ownerUserId: string, key: string, db = repo) => {
    const shipped = shippedQuestionnaires.find((each) => each.key === key);
    if (shipped) return shipped;
    const own = await db.findQuestionnaire(ownerUserId, key);
    if (!own) throw invalid('questionnaire', 'must be one of your questionnaires');
    return own.definition as QuestionnaireDefinition;
  };

  /** Emails the client the portal link (no clinical text): reading their address is logged. */
  async function emailClient(ownerUserId: string, clientId: string, kind: 'alliance' | 'feedback', checkInId: string) {
    const client = await repo.clientOf(ownerUserId, clientId);
    if (!client) return;
    const opener = await sealed.open({
      clientId,
      actorUserId: ownerUserId,
      actorLabel: 'Kneadwork (on the therapist’s behalf)',
      action: kind === 'feedback' ? 'emailed the feedback form link' : 'emailed the check-in link',
    });
    const to = opener.text(client.emailEnc);
    if (!to) return;
    await context.mailer.send({
      to,
      subject: 'Your therapist would like your feedback',
      text: `Hello,\n\nYour therapist would like your feedback. It takes under a minute. Sign in to your client portal to answer:\n\n${portalLink}\n\nThis email holds nothing about your treatment: your answers stay in the portal.`,
      ref: `check-in:${checkInId}`,
    });
  }

  /** Signing a note: the feedback form for that session, and an alliance check-in every Nth signed session. */
  const onSigned: SignHook = async (tx, signed) => {
    const onTx = allianceRepository(tx);
    const settings = (await onTx.settingsOf(signed.ownerUserId)) ?? { ...defaults };
    const base = { clientId: signed.clientId, ownerUserId: signed.ownerUserId, sessionId: signed.sessionId };
    const feedback = await onTx.insertCheckIn({
      ...base,
      kind: 'feedback',
      questionnaireKey: sessionFeedbackForm.key,
      definition: sessionFeedbackForm,
    });
    if (settings.checkInEvery > 0 && signed.signedCount % settings.checkInEvery === 0) {
      const definition = await definitionFor(signed.ownerUserId, settings.questionnaireKey, onTx).catch(
        () => massageAllianceCheckIn,
      );
      await onTx.insertCheckIn({ ...base, kind: 'alliance', questionnaireKey: definition.key, definition });
    }
    return () => emailClient(signed.ownerUserId, signed.clientId, 'feedback', feedback.id);
  };

  async function trendOf(clientId: string, rows: CheckInRow[]) {
    const answered = rows.filter((row) => row.kind === 'alliance' && row.answeredAt && row.itemMeans);
    const points = answered.map((row) => {
      const means = row.itemMeans as Record<string, number>;
      return {
        checkInId: row.id,
        date: iso(row.answeredAt!),
        questionnaire: row.questionnaireKey,
        goal: means.goal ?? null,
        task: means.task ?? null,
        bond: means.bond ?? null,
        total: means.total ?? null,
      };
    });
    const { baseline, alert } = dropOf(
      answered.map((row) => ({ checkInId: row.id, means: row.itemMeans as Record<string, number> })),
    );
    return { clientId, points, baseline, alert };
  }

  return {
    onSigned,

    async questionnaires(actor: Actor): Promise<Questionnaire[]> {
      const own = await repo.questionnairesOf(actor.userId);
      return [
        ...shippedQuestionnaires.map((each) => toQuestionnaire(each, 'shipped')),
        ...own.map((row) => toQuestionnaire(row.definition as QuestionnaireDefinition, 'practice')),
      ];
    },

    async addQuestionnaire(actor: Actor, input: QuestionnaireInput): Promise<Questionnaire> {
      const definition = questionnaireDefinitionSchema.parse(input);
      if (
        shippedQuestionnaires.some((each) => each.key === definition.key) ||
        definition.key === sessionFeedbackForm.key ||
        (await repo.findQuestionnaire(actor.userId, definition.key))
      )
        throw conflict('A questionnaire with this key exists already', 'questionnaire_exists');
      await repo.insertQuestionnaire({ ownerUserId: actor.userId, key: definition.key, definition });
      return toQuestionnaire(definition, 'practice');
    },

    async send(actor: Actor, clientId: string, key: string): Promise<CheckIn> {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const definition = await definitionFor(actor.userId, key);
      const row = await repo.insertCheckIn({
        clientId,
        ownerUserId: actor.userId,
        kind: 'alliance',
        questionnaireKey: definition.key,
        definition,
      });
      await emailClient(actor.userId, clientId, 'alliance', row.id);
      return toCheckIn(row);
    },

    /** Every form sent to the client with its answers, opened with the export's opener. */
    async exportFor(clientId: string, opener: { json: <T>(stored: string) => T }) {
      return (await repo.checkInsOf(clientId)).map((row) => ({
        kind: row.kind,
        questionnaire: row.questionnaireKey,
        sentAt: row.sentAt.toISOString(),
        answeredAt: row.answeredAt ? row.answeredAt.toISOString() : null,
        scores: row.scores ?? null,
        answers: row.answersEnc ? opener.json<unknown>(row.answersEnc) : null,
      }));
    },

    async alliance(actor: Actor, clientId: string): Promise<Alliance> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      const rows = await repo.checkInsOf(clientId);
      const { points, baseline, alert } = await trendOf(clientId, rows);
      const feedbackRows = rows.filter((row) => row.kind === 'feedback');
      const answeredFeedback = feedbackRows.filter((row) => row.answersEnc);
      const opener =
        answeredFeedback.length > 0
          ? await sealed.open({
              clientId,
              actorUserId: actor.userId,
              actorLabel: memberLabel(actor),
              action: 'read the session feedback',
            })
          : null;
      return {
        points,
        baseline,
        alert,
        checkIns: rows.filter((row) => row.kind === 'alliance').map(toCheckIn),
        feedback: feedbackRows.map((row) => ({
          ...toCheckIn(row),
          comment: row.answersEnc && opener ? (opener.json<{ comment?: string }>(row.answersEnc).comment ?? '') : '',
        })),
      };
    },

    async summary(actor: Actor): Promise<AllianceSummary> {
      const rows = await repo.checkInsOfOwner(actor.userId);
      const names = new Map((await repo.clientNames(actor.userId)).map((row) => [row.id, row.name]));
      const answered = rows.filter((row) => row.answeredAt);
      const latest = new Map<string, Record<string, number>>();
      const byClient = new Map<string, CheckInRow[]>();
      for (const row of rows.filter((each) => each.kind === 'alliance')) {
        byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);
        if (row.answeredAt && row.itemMeans) latest.set(row.clientId, row.itemMeans as Record<string, number>);
      }
      const clientsWithDrop: AllianceSummary['clientsWithDrop'] = [];
      for (const [clientId, list] of byClient) {
        if (!names.has(clientId)) continue;
        const { alert } = await trendOf(clientId, list);
        if (alert) clientsWithDrop.push({ clientId, name: names.get(clientId)!, subscales: alert.subscales });
      }
      const medianOf = (key: string) =>
        median([...latest.values()].map((means) => means[key]).filter((value): value is number => value !== undefined));
      return {
        sent: rows.length,
        answered: answered.length,
        responseRate: rows.length === 0 ? null : Math.round((answered.length / rows.length) * 100) / 100,
        median: { goal: medianOf('goal'), task: medianOf('task'), bond: medianOf('bond') },
        clientsWithDrop,
      };
    },

    async retention(actor: Actor, today = calendarDay()): Promise<Retention> {
      const settings = await settingsOf(actor.userId);
      const dates = await repo.signedDates(actor.userId);
      const clients = await repo.clientNames(actor.userId);
      const planned =
        (await deps.plans?.planIntervals(clients.map((client) => client.id))) ?? new Map<string, number>();
      const items = clients.map((client) => {
        const visits = dates.filter((row) => row.clientId === client.id).map((row) => row.date);
        const last = visits.at(-1) ?? null;
        const plan = planned.get(client.id);
        const intervalSource: Retention['items'][number]['intervalSource'] =
          client.interval != null ? 'client' : plan !== undefined ? 'plan' : 'practice';
        const expected = client.interval ?? plan ?? settings.expectedIntervalDays;
        const nextDue = last ? addDays(last, expected) : null;
        return {
          clientId: client.id,
          name: client.name,
          signedSessions: visits.length,
          lastVisit: last,
          averageIntervalDays:
            visits.length < 2 ? null : Math.round((daysBetween(visits[0]!, last!) / (visits.length - 1)) * 10) / 10,
          expectedIntervalDays: expected,
          intervalSource,
          nextDue,
          overdueDays: nextDue ? Math.max(0, daysBetween(nextDue, today)) : 0,
        };
      });
      items.sort((a, b) => b.overdueDays - a.overdueDays || a.name.localeCompare(b.name));
      return { defaultIntervalDays: settings.expectedIntervalDays, items };
    },

    async settings(actor: Actor): Promise<AllianceSettings> {
      const settings = await settingsOf(actor.userId);
      return {
        checkInEvery: settings.checkInEvery,
        expectedIntervalDays: settings.expectedIntervalDays,
        questionnaire: settings.questionnaireKey,
      };
    },

    async updateSettings(
      actor: Actor,
      input: {
        checkInEvery?: number | undefined;
        expectedIntervalDays?: number | undefined;
        questionnaire?: string | undefined;
      },
    ): Promise<AllianceSettings> {
      const current = await settingsOf(actor.userId);
      if (input.questionnaire !== undefined) await definitionFor(actor.userId, input.questionnaire);
      const saved = await repo.saveSettings({
        ownerUserId: actor.userId,
        checkInEvery: input.checkInEvery ?? current.checkInEvery,
        expectedIntervalDays: input.expectedIntervalDays ?? current.expectedIntervalDays,
        questionnaireKey: input.questionnaire ?? current.questionnaireKey,
      });
      return {
        checkInEvery: saved.checkInEvery,
        expectedIntervalDays: saved.expectedIntervalDays,
        questionnaire: saved.questionnaireKey,
      };
    },

    async setVisitInterval(actor: Actor, clientId: string, days: number | null) {
      await policy.requireAccess(actor, 'clients.write', clientId);
      await repo.setInterval(clientId, days);
      return { days };
    },

    /** The re-booking email as it would go: the therapist edits it before sending. No clinical text. */
    async rebookingDraft(actor: Actor, clientId: string): Promise<RebookingDraft> {
      await policy.requireAccess(actor, 'clients.read', clientId);
      const client = (await repo.clientOf(actor.userId, clientId))!;
      const opener = await sealed.open({
        clientId,
        actorUserId: actor.userId,
        actorLabel: memberLabel(actor),
        action: 'prepared a re-booking reminder',
      });
      return {
        to: opener.text(client.emailEnc),
        subject: rebookingTemplate.subject,
        text: rebookingTemplate.text(memberLabel(actor)),
      };
    },

    async sendRebooking(actor: Actor, clientId: string, mail: { subject: string; text: string }) {
      await policy.requireAccess(actor, 'clients.write', clientId);
      const client = (await repo.clientOf(actor.userId, clientId))!;
      // The address is read to send, and the read is logged once the email went: a refused send changes nothing.
      const to = (await sealed.forClient(clientId)).text(client.emailEnc);
      if (!to) throw conflict('This client has no email address', 'no_email');
      await context.mailer.send({
        to,
        subject: mail.subject,
        text: mail.text,
        replyTo: actor.email,
        ref: `rebooking:${clientId}`,
      });
      await deps.clients.recordAccess({
        clientId,
        actorUserId: actor.userId,
        actorLabel: memberLabel(actor),
        action: 'sent a re-booking reminder',
      });
      return { sentTo: to };
    },

    /** The signed-in client's forms, across their records: waiting ones first. */
    async portalList(actor: ClientActor): Promise<PortalCheckIn[]> {
      const rows = await repo.checkInsForClients(actor.records.map((record) => record.clientId));
      return rows
        .map((row) => {
          const { source: _source, ...questionnaire } = toQuestionnaire(
            row.definition as QuestionnaireDefinition,
            'shipped',
          );
          return {
            id: row.id,
            clientId: row.clientId,
            kind: row.kind as PortalCheckIn['kind'],
            sentAt: iso(row.sentAt),
            answeredAt: row.answeredAt ? iso(row.answeredAt) : null,
            questionnaire,
          };
        })
        .sort((a, b) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null));
    },

    /** The client answers: sealed answers, figures for the scores, and a notice to the therapist in the same transaction. */
    async answer(actor: ClientActor, checkInId: string, input: CheckInAnswer) {
      const row = await repo.findCheckIn(checkInId);
      if (!row || !actor.records.some((record) => record.clientId === row.clientId)) throw notFound(noSuchCheckIn);
      if (row.answeredAt) throw conflict('This form has been answered already', 'already_answered');
      const definition = row.definition as QuestionnaireDefinition;
      checkAnswers(definition, input.answers);
      const { scores, itemMeans } = score(definition, input.answers);
      const sealer = await sealed.forClient(row.clientId);
      await deps.notifications.transaction(async (tx: Db, notices) => {
        const answered = await allianceRepository(tx).answer(checkInId, {
          answersEnc: sealer.sealJson({ answers: input.answers, comment: input.comment ?? '' }),
          scores,
          itemMeans,
        });
        if (!answered) throw conflict('This form has been answered already', 'already_answered');
        await notices.notify({
          userId: row.ownerUserId,
          kind: row.kind === 'feedback' ? 'client.feedback' : 'client.check-in',
          subject: { type: 'client', id: row.clientId },
          dedupeKey: `check-in:${checkInId}`,
        });
        if (row.kind !== 'alliance') return;
        const { alert } = await trendOf(row.clientId, await allianceRepository(tx).checkInsOf(row.clientId));
        if (alert?.checkInId === checkInId)
          await notices.notify({
            userId: row.ownerUserId,
            kind: 'client.check-in-drop',
            subject: { type: 'client', id: row.clientId },
            dedupeKey: `check-in-drop:${checkInId}`,
          });
      });
      return { scores };
    },
  };
}
export type AllianceService = ReturnType<typeof allianceService>;
export { allianceSubscales };

// SOAP session notes. Every method starts with the client check (clients.policy: another member's
// client, or a client that does not exist, is "No such client"); the text is sealed under the
// client's key before a transaction opens; a therapist's read goes through `sealed.open`, which logs
// it. A signed note is locked: PATCH answers 409 note_signed; amendments are added beside it.
import type {
  NotePart,
  Progress,
  SessionNote,
  SessionNoteCreate,
  SessionNoteUpdate,
  SharedNote,
} from '../../../contracts/sessions.ts';
import {
  noteParts,
  sessionNoteCreateSchema,
  sessionNoteUpdateSchema,
  type Pressure,
} from '../../../contracts/sessions.ts';
import { memberLabel, type ClientActor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, invalid, notFound } from '../../http/errors.ts';
import type { ClientsService } from '../clients/clients.service.ts';
import { calendarDay } from '../../../contracts/time.ts';
import { sessionNotesRepository, type FullNoteRow, type SessionNoteRow } from './session-notes.repository.ts';

type Opener = Awaited<ReturnType<ClientsService['sealed']['open']>>;

export const noSuchSessionNote = 'No such session note';

/** What signing tells the alliance check-ins: they may add forms in the same transaction, and act after it commits. */
export type SignedSession = { ownerUserId: string; clientId: string; sessionId: string; signedCount: number };
export type SignHook = (tx: Db, signed: SignedSession) => Promise<(() => Promise<void>) | void>;
export type SessionNotesDeps = {
  clients: Pick<ClientsService, 'policy' | 'sealed'>;
  onSigned?: SignHook;
  /** The treatment plans' goals: a session's goal measures must name the client's own goals. */
  goals?: { goalIdsOf(clientId: string): Promise<string[]> };
};

type SealedNote = {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  homeCare: string;
  techniques: string[];
  areas: string[];
  pressure: Pressure | null;
  contraindications: string;
};
const emptyNote: SealedNote = {
  subjective: '',
  objective: '',
  assessment: '',
  plan: '',
  homeCare: '',
  techniques: [],
  areas: [],
  pressure: null,
  contraindications: '',
};
const sealedKeys = Object.keys(emptyNote) as (keyof SealedNote)[];
const iso = (value: Date | string) => new Date(value).toISOString();

function toNote(row: FullNoteRow, opener: Opener): SessionNote {
  const note = { ...emptyNote, ...opener.json<Partial<SealedNote>>(row.noteEnc) };
  return {
    id: row.id,
    clientId: row.clientId,
    date: row.sessionDate,
    status: row.signedAt ? 'signed' : 'draft',
    ...note,
    painBefore: row.painBefore,
    painAfter: row.painAfter,
    goalMeasures: row.measures.map((each) => ({ goalId: each.goalId, before: each.before, after: each.after })),
    contraindicationsChecked: row.contraindicationsChecked,
    sharedParts: row.sharedParts as NotePart[],
    signedAt: row.signedAt ? iso(row.signedAt) : null,
    signedBy: row.signedAt ? row.signedByLabel : null,
    amendments: row.amendments.map((each) => ({
      id: each.id,
      text: opener.text(each.textEnc),
      authorName: each.authorLabel,
      createdAt: iso(each.createdAt),
    })),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const partText = (note: SealedNote, part: NotePart) => {
  const value = note[part];
  return Array.isArray(value) ? value.join(', ') : value;
};

export function sessionNotesService(context: AppContext, deps: SessionNotesDeps) {
  const repo = sessionNotesRepository(context.db);
  const { policy, sealed } = deps.clients;

  const requireClient = (actor: Actor, clientId: string, write = false) =>
    policy.requireAccess(actor, write ? 'clients.write' : 'clients.read', clientId);
  const requireNote = async (clientId: string, sessionId: string) => {
    const row = await repo.find(clientId, sessionId);
    if (!row) throw notFound(noSuchSessionNote);
    return row;
  };
  const openFor = (actor: Actor, clientId: string, action: string) =>
    sealed.open({ clientId, actorUserId: actor.userId, actorLabel: memberLabel(actor), action });

  /** 400 naming goalMeasures when a measure names a goal that is not this client's, or one goal twice. */
  async function checkGoals(clientId: string, measures: { goalId: string }[] | undefined) {
    if (!measures || measures.length === 0 || !deps.goals) return;
    const own = new Set(await deps.goals.goalIdsOf(clientId));
    if (measures.some((measure) => !own.has(measure.goalId)))
      throw invalid('goalMeasures', 'must name goals of this client');
    if (new Set(measures.map((measure) => measure.goalId)).size !== measures.length)
      throw invalid('goalMeasures', 'must name each goal once');
  }

  async function sign(actor: Actor, clientId: string, sessionId: string, tx: Db) {
    const signed = await sessionNotesRepository(tx).sign(clientId, sessionId, {
      userId: actor.userId,
      label: memberLabel(actor),
    });
    if (!signed) throw conflict('This note is already signed', 'note_signed');
    const signedCount = await sessionNotesRepository(tx).countSigned(clientId);
    return deps.onSigned?.(tx, { ownerUserId: actor.userId, clientId, sessionId, signedCount });
  }

  return {
    async create(actor: Actor, clientId: string, body: SessionNoteCreate): Promise<SessionNote> {
      await requireClient(actor, clientId, true);
      const input = sessionNoteCreateSchema.parse(body);
      await checkGoals(clientId, input.goalMeasures);
      const sealer = await sealed.forClient(clientId);
      const note: SealedNote = Object.fromEntries(sealedKeys.map((key) => [key, input[key]])) as SealedNote;
      const { id, after } = await repo.inTransaction(async (tx) => {
        const row = await sessionNotesRepository(tx).insert(
          {
            clientId,
            ownerUserId: actor.userId,
            sessionDate: input.date ?? calendarDay(),
            noteEnc: sealer.sealJson(note),
            contraindicationsChecked: input.contraindicationsChecked,
            painBefore: input.painBefore,
            painAfter: input.painAfter,
          },
          input.goalMeasures,
        );
        const after = input.sign ? await sign(actor, clientId, row.id, tx) : undefined;
        return { id: row.id, after };
      });
      if (after) await after();
      return toNote((await repo.find(clientId, id))!, sealer);
    },

    /** Every note of the client, opened with the export's opener (the export logged its own read). */
    async exportFor(clientId: string, opener: Opener): Promise<SessionNote[]> {
      return (await repo.findForClient(clientId)).map((row) => toNote(row, opener));
    },

    /** Signed notes are kept for the retention period after the client is deleted. */
    hasSignedNotes: async (clientId: string) => (await repo.countSigned(clientId)) > 0,

    async list(actor: Actor, clientId: string): Promise<SessionNote[]> {
      await requireClient(actor, clientId);
      const rows = await repo.findForClient(clientId);
      if (rows.length === 0) return [];
      const opener = await openFor(actor, clientId, 'read the session notes');
      return rows.map((row) => toNote(row, opener));
    },

    async get(actor: Actor, clientId: string, sessionId: string): Promise<SessionNote> {
      await requireClient(actor, clientId);
      const row = await requireNote(clientId, sessionId);
      return toNote(row, await openFor(actor, clientId, 'read a session note'));
    },

    async update(actor: Actor, clientId: string, sessionId: string, body: SessionNoteUpdate): Promise<SessionNote> {
      await requireClient(actor, clientId, true);
      const input = sessionNoteUpdateSchema.parse(body);
      await checkGoals(clientId, input.goalMeasures);
      const existing = await requireNote(clientId, sessionId);
      if (existing.signedAt) throw conflict('A signed note cannot be changed: add an amendment', 'note_signed');
      const sealer = await sealed.forClient(clientId);
      const note: SealedNote = { ...emptyNote, ...sealer.json<Partial<SealedNote>>(existing.noteEnc) };
      for (const key of sealedKeys) if (input[key] !== undefined) Object.assign(note, { [key]: input[key] });
      const changed = await repo.inTransaction((tx) =>
        sessionNotesRepository(tx).updateDraft(
          clientId,
          sessionId,
          {
            noteEnc: sealer.sealJson(note),
            ...(input.date === undefined ? {} : { sessionDate: input.date }),
            ...(input.painBefore === undefined ? {} : { painBefore: input.painBefore }),
            ...(input.painAfter === undefined ? {} : { painAfter: input.painAfter }),
            ...(input.contraindicationsChecked === undefined
              ? {}
              : { contraindicationsChecked: input.contraindicationsChecked }),
          },
          input.goalMeasures,
        ),
      );
      if (!changed) throw conflict('A signed note cannot be changed: add an amendment', 'note_signed');
      return toNote((await repo.find(clientId, sessionId))!, sealer);
    },

    async sign(actor: Actor, clientId: string, sessionId: string): Promise<SessionNote> {
      await requireClient(actor, clientId, true);
      await requireNote(clientId, sessionId);
      const sealer = await sealed.forClient(clientId);
      const after = await repo.inTransaction((tx) => sign(actor, clientId, sessionId, tx));
      if (after) await after();
      return toNote((await repo.find(clientId, sessionId))!, sealer);
    },

    async amend(actor: Actor, clientId: string, sessionId: string, text: string): Promise<SessionNote> {
      await requireClient(actor, clientId, true);
      const existing = await requireNote(clientId, sessionId);
      if (!existing.signedAt) throw conflict('A draft is changed directly: amend it once it is signed', 'note_draft');
      const sealer = await sealed.forClient(clientId);
      await repo.addAmendment({
        sessionId,
        textEnc: sealer.seal(text),
        authorUserId: actor.userId,
        authorLabel: memberLabel(actor),
      });
      return toNote((await repo.find(clientId, sessionId))!, sealer);
    },

    async share(actor: Actor, clientId: string, sessionId: string, parts: NotePart[]): Promise<SessionNote> {
      await requireClient(actor, clientId, true);
      const existing = await requireNote(clientId, sessionId);
      if (!existing.signedAt) throw conflict('Sign the note before sharing it', 'note_unsigned');
      const sealer = await sealed.forClient(clientId);
      const ordered = (Object.keys(noteParts) as NotePart[]).filter((part) => parts.includes(part));
      await repo.setShared(clientId, sessionId, ordered);
      return toNote((await repo.find(clientId, sessionId))!, sealer);
    },

    async progress(actor: Actor, clientId: string): Promise<Progress> {
      await requireClient(actor, clientId);
      const { notes, measures } = await repo.progressRows(clientId);
      const pain = notes
        .filter((note) => note.painBefore !== null || note.painAfter !== null)
        .map((note) => ({ sessionId: note.id, date: note.date, before: note.painBefore, after: note.painAfter }));
      const goals = new Map<string, Progress['series'][number]>();
      for (const note of notes)
        for (const measure of measures.filter((each) => each.sessionId === note.id)) {
          const series = goals.get(measure.goalId) ?? {
            key: `goal:${measure.goalId}`,
            kind: 'goal' as const,
            goalId: measure.goalId,
            points: [],
          };
          series.points.push({ sessionId: note.id, date: note.date, before: measure.before, after: measure.after });
          goals.set(measure.goalId, series);
        }
      return { series: [{ key: 'pain', kind: 'pain', goalId: null, points: pain }, ...goals.values()] };
    },

    /** The parts the therapist shared, of the signed-in client's records (one, or all of them). */
    async sharedWith(actor: ClientActor, clientId?: string): Promise<SharedNote[]> {
      const clientIds = actor.records
        .map((record) => record.clientId)
        .filter((id) => clientId === undefined || id === clientId);
      const rows = await repo.findShared(clientIds);
      const openers = new Map<string, Opener>();
      for (const id of new Set(rows.map((row) => row.clientId)))
        openers.set(
          id,
          await sealed.open({
            clientId: id,
            actorUserId: null,
            actorLabel: 'The client (portal)',
            action: 'read the notes shared with them',
          }),
        );
      return rows.map((row: SessionNoteRow) => {
        const note = { ...emptyNote, ...openers.get(row.clientId)!.json<Partial<SealedNote>>(row.noteEnc) };
        return {
          id: row.id,
          clientId: row.clientId,
          date: row.sessionDate,
          parts: (row.sharedParts as NotePart[]).map((part) => ({
            part,
            label: noteParts[part],
            text: partText(note, part),
          })),
          sharedAt: row.sharedAt ? iso(row.sharedAt) : null,
        };
      });
    },
  };
}
export type SessionNotesService = ReturnType<typeof sessionNotesService>;

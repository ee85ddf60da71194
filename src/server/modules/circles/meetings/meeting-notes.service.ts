// The shared notes of one occurrence: any active member of the circle reads and edits them. A save
// names the version it started from; if someone saved since, it is a 409 and nothing is written, so
// the writer sees the newer text before trying again. Nobody is notified: notes may hold client
// details, and those never travel in notifications.
import type { MeetingNotes, NotesUpdate } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { conflict } from '../../../http/errors.ts';
import { renderMarkdown } from '../../../lib/markdown.ts';
import type { MeetingAccess } from './meeting-access.ts';
import type { MeetingRecordsRepository, Place } from './meeting-records.repository.ts';
import { occurrenceAt } from './meetings.repository.ts';

type Deps = { access: MeetingAccess; records: MeetingRecordsRepository };

const empty: MeetingNotes = { body: '', html: '', version: 0, updatedBy: null, updatedAt: null };

export function meetingNotesService({ access, records }: Deps) {
  async function placeFor(actor: Actor, meetingId: string, start: string): Promise<Place> {
    const { meeting } = await access.memberIn(actor, meetingId);
    return { meetingId: meeting.id, occurrence: occurrenceAt(meeting, start).recurrenceId };
  }

  async function notesAt(place: Place): Promise<MeetingNotes> {
    const note = await records.note(place);
    if (!note) return empty;
    return {
      body: note.body,
      html: renderMarkdown(note.body),
      version: note.version,
      updatedBy: note.updatedBy,
      updatedAt: note.updatedAt.toISOString(),
    };
  }

  return {
    async read(actor: Actor, meetingId: string, start: string) {
      return notesAt(await placeFor(actor, meetingId, start));
    },

    async save(actor: Actor, meetingId: string, start: string, { body, version }: NotesUpdate) {
      const place = await placeFor(actor, meetingId, start);
      const saved =
        version === 0
          ? await records.insertNote(place, body, actor.userId)
          : await records.updateNote(place, version, body, actor.userId);
      if (!saved)
        throw conflict(
          'Someone else saved these notes first. Read their version, then make your change again.',
          'stale_version',
        );
      return notesAt(place);
    },
  };
}
export type MeetingNotesService = ReturnType<typeof meetingNotesService>;

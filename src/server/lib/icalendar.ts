// Calendar invites (RFC 5545 events, RFC 5546 METHOD:REQUEST/CANCEL) through ical-generator, the
// one place the app writes .ics: trades' sessions today, circles' meetings next. The library does
// the escaping (commas, semicolons, backslashes, new lines) and the line folding; this names what
// every invite of ours carries: a stable UID (so a moved event replaces the earlier one, with a
// higher SEQUENCE), the organizer, the attendees and their answers, and the time zone.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { vtimezone } from './vtimezone.ts';

export type CalendarPerson = { name: string; email: string };
export type CalendarAttendee = CalendarPerson & {
  answer: 'accepted' | 'needs-action' | 'declined' | 'tentative';
  rsvp?: boolean;
};

export type CalendarEvent = {
  /** Stable across changes to the same event: see eventUid. */
  uid: string;
  /** 0 for the first invite, one more for each change. */
  sequence: number;
  start: Date;
  end: Date;
  /** An IANA zone (e.g. "America/Toronto") to write local times in; null writes UTC. */
  timeZone: string | null;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string;
  organizer: CalendarPerson;
  attendees: CalendarAttendee[];
  cancelled?: boolean;
};

/** A UID unique to one event of ours: the kind of thing, its id, and our host. */
export const eventUid = (kind: string, id: string, publicUrl: string) => `${kind}-${id}@${new URL(publicUrl).host}`;

const answers: Record<CalendarAttendee['answer'], ICalAttendeeStatus> = {
  accepted: ICalAttendeeStatus.ACCEPTED,
  'needs-action': ICalAttendeeStatus.NEEDSACTION,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
};

/** The .ics text of one calendar (a request or, when every event is cancelled, a cancellation). */
export function calendarText({
  name,
  product,
  events,
  now = new Date(),
}: {
  name: string;
  product: string;
  events: CalendarEvent[];
  now?: Date;
}) {
  const cancelling = events.length > 0 && events.every((event) => event.cancelled);
  const calendar = ical({
    name,
    method: cancelling ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    prodId: { company: 'Kneadwork', product, language: 'EN' },
  });
  // In a zone, times go over as Temporal.ZonedDateTime: given a Date and a zone, ical-generator
  // writes the server's own wall clock under the zone's name (a 10:00 Toronto session on a UTC
  // server came out as 15:00 Toronto).
  const at = (date: Date, zone: string | null) =>
    zone ? Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(zone) : date;
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: at(event.start, event.timeZone),
      end: at(event.end, event.timeZone),
      timezone: event.timeZone,
      stamp: now,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location || null,
      url: event.url ?? null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: event.organizer.name, email: event.organizer.email },
      attendees: event.attendees.map((attendee) => ({
        name: attendee.name,
        email: attendee.email,
        role: ICalAttendeeRole.REQ,
        status: answers[attendee.answer],
        rsvp: attendee.rsvp ?? false,
      })),
    });
  }
  // Each zone's VTIMEZONE before the first event, so every client reads the local times alike.
  const zones = [...new Set(events.flatMap((event) => (event.timeZone ? [event.timeZone] : [])))];
  const fromYear = Math.min(...events.map((event) => event.start.getUTCFullYear()), now.getUTCFullYear());
  const text = calendar.toString();
  const first = text.search(/BEGIN:VEVENT|END:VCALENDAR/);
  const withZones = `${text.slice(0, first)}${zones.map((zone) => `${vtimezone(zone, fromYear)}\r\n`).join('')}${text.slice(first)}`;
  return { text: withZones, method: cancelling ? 'CANCEL' : 'REQUEST' };
}

/** The invite as a mail attachment (invite.ics, text/calendar with its method). */
export function calendarAttachment(calendar: { name: string; product: string; events: CalendarEvent[]; now?: Date }) {
  const { text, method } = calendarText(calendar);
  return {
    filename: 'invite.ics',
    content: Buffer.from(text, 'utf8'),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}

// The .ics of circle meetings: one meeting's file, or a member's private feed of every meeting
// they go to. Each meeting is one UID: the series (DTSTART;TZID + RRULE + EXDATE) and one
// VEVENT per changed occurrence (RECURRENCE-ID; STATUS:CANCELLED for a cancelled one), with a
// VTIMEZONE per zone (lib/vtimezone.ts). ical-generator does the escaping and line folding; it takes
// the RRULE as text because its rule object cannot say "2TU", and EXDATE rides on that text.
// Times are handed over as Temporal.ZonedDateTime: given a Date with a zone, ical-generator
// reads the wall clock in the server's own zone, which would make the file depend on TZ.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { compileSeries } from './expand.ts';
import { parseLocal, zonedAt } from './local-time.ts';
import type { MeetingSeries, OccurrenceOverride } from './meeting-series.ts';
import { formatRule } from './recurrence-rule.ts';
import { vtimezone } from '../../../lib/vtimezone.ts';

export type CalendarMeeting = {
  /** Stable for the meeting's life (lib/icalendar.ts eventUid), so a change replaces it. */
  uid: string;
  /** One more for every change, so clients take the newer copy. */
  sequence: number;
  summary: string;
  description?: string;
  place?: string;
  url?: string;
  series: MeetingSeries;
};

const icsLocal = (local: string) => local.replace(/[-:]/g, '') + '00';

function addMeeting(calendar: ReturnType<typeof ical>, meeting: CalendarMeeting, now: Date) {
  const { series } = meeting;
  const compiled = compileSeries(series);
  const zone = compiled.timeZone;
  const common = {
    id: meeting.uid,
    sequence: meeting.sequence,
    timezone: zone,
    stamp: now,
    summary: meeting.summary,
    description: meeting.description ?? null,
    url: meeting.url ?? null,
  };
  const exdate = series.exdates.length ? `\r\nEXDATE;TZID=${zone}:${series.exdates.map(icsLocal).join(',')}` : '';
  if (!compiled.rule) {
    // A one-off meeting has no instances to override: a change to it is the event itself.
    const change = series.overrides.find((override) => override.recurrenceId === series.start);
    const event = overrideEvent(change ?? { recurrenceId: series.start, status: 'moved' }, series, meeting.place);
    calendar.createEvent({ ...common, ...event, recurrenceId: null });
    return;
  }
  const start = zonedAt(compiled.start, zone);
  calendar.createEvent({
    ...common,
    start,
    end: start.add({ minutes: series.durationMinutes }),
    location: meeting.place ?? null,
    status: ICalEventStatus.CONFIRMED,
    repeating: `RRULE:${formatRule(compiled.rule)}${exdate}`,
  });
  for (const override of series.overrides)
    calendar.createEvent({ ...common, ...overrideEvent(override, series, meeting.place) });
}

function overrideEvent(override: OccurrenceOverride, series: MeetingSeries, place: string | undefined) {
  const original = zonedAt(parseLocal(override.recurrenceId, 'recurrenceId'), series.timeZone);
  const start = override.start ? zonedAt(parseLocal(override.start, 'start'), series.timeZone) : original;
  return {
    recurrenceId: original,
    start,
    end: start.add({ minutes: override.durationMinutes ?? series.durationMinutes }),
    location: override.place ?? place ?? null,
    status: override.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** The calendar text of some meetings (one for a meeting's .ics, all of a member's for a feed). */
export function meetingCalendarText({
  name,
  meetings,
  now = new Date(),
}: {
  name: string;
  meetings: CalendarMeeting[];
  now?: Date;
}) {
  const zones = [...new Set(meetings.map((meeting) => meeting.series.timeZone))];
  // Observances from the earliest meeting's year on, so every occurrence has its offset.
  const fromYear = Math.min(
    ...meetings.map((meeting) => parseLocal(meeting.series.start, 'start').year),
    new Date(now).getUTCFullYear(),
  );
  const calendar = ical({
    name,
    // PUBLISH: a feed and a downloaded file are published copies, not invitations to answer.
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Kneadwork', product: 'Circles', language: 'EN' },
  });
  for (const meeting of meetings) addMeeting(calendar, meeting, now);
  // The VTIMEZONEs go in by hand: ical-generator only writes them through a calendar-wide zone,
  // and with one set it also writes DTSTAMP as local time without the Z RFC 5545 requires.
  const text = calendar.toString();
  const at = text.search(/BEGIN:VEVENT|END:VCALENDAR/);
  return `${text.slice(0, at)}${zones.map((zone) => `${vtimezone(zone, fromYear)}\r\n`).join('')}${text.slice(at)}`;
}

// Our calendar text read back by two parsers that share no code with us or with each other
// (ical.js, Mozilla's; node-ical on rrule-temporal 1.x): each occurrence in [from, to) as an
// instant, for comparing with our own expansion (the recurrence and the calendar-feed tests).
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type { VEvent } from 'node-ical';

export type Seen = { uid: string; start: string; end: string; cancelled: boolean };
const iso = (date: Date) => date.toISOString();
export const sorted = (items: Seen[]) =>
  items.sort((a, b) => a.uid.localeCompare(b.uid) || a.start.localeCompare(b.start));

type OccurrenceDetails = { startDate: ICAL.Time; endDate: ICAL.Time; item: ICAL.Event };

export function readWithIcalJs(text: string, from: Date, to: Date): Seen[] {
  const calendar = ICAL.Component.fromString(text);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const seen: Seen[] = [];
  for (const master of events.filter((event) => !event.isRecurrenceException())) {
    for (const exception of events.filter((event) => event.uid === master.uid && event.isRecurrenceException()))
      master.relateException(exception);
    const iterator = master.iterator();
    for (
      let next = iterator.next();
      next && next.toJSDate() < new Date(to.getTime() + 60 * 24 * 60 * 60 * 1000);
      next = iterator.next()
    ) {
      // ical.js's typings name this type from a file they do not ship.
      const details = master.getOccurrenceDetails(next) as unknown as OccurrenceDetails;
      const start = details.startDate.toJSDate();
      if (start < from || start >= to) continue;
      const status = details.item.component.getFirstPropertyValue('status');
      seen.push({
        uid: master.uid,
        start: iso(start),
        end: iso(details.endDate.toJSDate()),
        cancelled: status === 'CANCELLED',
      });
    }
  }
  return sorted(seen);
}

export function readWithNodeIcal(text: string, from: Date, to: Date): Seen[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const seen: Seen[] = [];
  for (const component of Object.values(parsed)) {
    if (!component || component.type !== 'VEVENT') continue;
    const event: VEvent = component;
    for (const instance of nodeIcal.expandRecurringEvent(event, { from, to: new Date(to.getTime() - 1) })) {
      seen.push({
        uid: event.uid,
        start: iso(instance.start),
        end: iso(instance.end),
        cancelled: instance.event.status === 'CANCELLED',
      });
    }
  }
  return sorted(seen);
}

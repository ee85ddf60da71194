// The one iCalendar builder: what every invite carries (UID, SEQUENCE, organizer, attendees and
// their answers, the method), text escaped per RFC 5545, times in UTC or in the event's zone.
import { describe, expect, it } from 'vitest';
import { calendarAttachment, calendarText, eventUid, type CalendarEvent } from './icalendar.ts';

// Unfolds RFC 5545 continuation lines so a property can be matched whole.
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '');

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: eventUid('trade-session', 's1', 'https://kneadwork.example:8443/app'),
  sequence: 0,
  start: new Date('2026-03-02T15:00:00Z'),
  end: new Date('2026-03-02T16:00:00Z'),
  timeZone: null,
  summary: 'Massage; deep tissue, 60 min',
  description: 'Line one\nLine two, with a comma; and a \\ backslash',
  location: 'Suite 4, 12 Main St.',
  url: 'https://kneadwork.example/app/trades/t1',
  organizer: { name: 'Maria Alvarez', email: 'maria@example.com' },
  attendees: [
    { name: 'Maria Alvarez', email: 'maria@example.com', answer: 'accepted' },
    { name: 'Sam Okafor', email: 'sam@example.com', answer: 'needs-action', rsvp: true },
  ],
  ...overrides,
});

describe('icalendar', () => {
  it('names each event by kind, id and host, the same UID every time', () => {
    expect(eventUid('trade-session', 's1', 'https://kneadwork.example:8443/app')).toBe(
      'trade-session-s1@kneadwork.example:8443',
    );
    const first = unfold(calendarText({ name: 'Trades', product: 'trades', events: [event()] }).text);
    const moved = unfold(
      calendarText({
        name: 'Trades',
        product: 'trades',
        events: [
          event({ sequence: 1, start: new Date('2026-03-03T15:00:00Z'), end: new Date('2026-03-03T16:00:00Z') }),
        ],
      }).text,
    );
    expect(first).toContain('UID:trade-session-s1@kneadwork.example:8443');
    expect(moved).toContain('UID:trade-session-s1@kneadwork.example:8443');
    expect(first).toContain('SEQUENCE:0');
    expect(moved).toContain('SEQUENCE:1');
  });

  it('escapes commas, semicolons, backslashes and new lines in text', () => {
    const text = unfold(calendarText({ name: 'Trades', product: 'trades', events: [event()] }).text);
    expect(text).toContain('SUMMARY:Massage\\; deep tissue\\, 60 min');
    expect(text).toContain('DESCRIPTION:Line one\\nLine two\\, with a comma\\; and a \\\\ backslash');
    expect(text).toContain('LOCATION:Suite 4\\, 12 Main St.');
  });

  it('carries the organizer, the attendees with their answers, and the request method', () => {
    const text = unfold(calendarText({ name: 'Trades', product: 'trades', events: [event()] }).text);
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toMatch(/ORGANIZER;CN="Maria Alvarez":mailto:maria@example\.com/);
    expect(text).toMatch(/ATTENDEE;[^\n]*PARTSTAT=ACCEPTED[^\n]*:mailto:maria@example\.com/i);
    expect(text).toMatch(/ATTENDEE;[^\n]*PARTSTAT=NEEDS-ACTION;RSVP=TRUE[^\n]*:mailto:sam@example\.com/i);
    expect(text).toContain('DTSTART:20260302T150000Z');
    expect(text).toContain('STATUS:CONFIRMED');
  });

  it('writes local times with the zone when the event has one, and CANCEL for a cancelled event', () => {
    const zoned = unfold(
      calendarText({ name: 'Trades', product: 'trades', events: [event({ timeZone: 'America/Toronto' })] }).text,
    );
    // 15:00 UTC is 10:00 in Toronto (EST), whatever the server's own zone; the zone's rules go with it.
    expect(zoned).toContain('DTSTART;TZID=America/Toronto:20260302T100000');
    expect(zoned).toContain('DTEND;TZID=America/Toronto:20260302T110000');
    expect(zoned).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Toronto\r\n');
    const cancelled = calendarAttachment({ name: 'Trades', product: 'trades', events: [event({ cancelled: true })] });
    expect(cancelled.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(cancelled.filename).toBe('invite.ics');
    expect(unfold(cancelled.content.toString('utf8'))).toContain('STATUS:CANCELLED');
  });
});

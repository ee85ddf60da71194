import { describe, expect, it } from 'vitest';
import { RecurrenceError } from './recurrence-error.ts';
import { normalizeRule } from './recurrence-rule.ts';

const problem = (rrule: string) => {
  try {
    normalizeRule(rrule, 'America/Boise');
  } catch (error) {
    if (error instanceof RecurrenceError) return { field: error.field, code: error.code, message: error.message };
    throw error;
  }
  return null;
};

describe('the RRULE subset a meeting may use', () => {
  it('writes every rule the form makes in one spelling', () => {
    expect(normalizeRule('RRULE:byday=2tu;freq=monthly', 'America/Boise')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(normalizeRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10', 'UTC')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10',
    );
    expect(normalizeRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'UTC')).toBe(
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    );
  });

  it('reads an UNTIL date as the end of that day on the meeting clock and writes it in UTC', () => {
    // 23:59:59 on 31 December in Boise (-07:00) is 06:59:59Z on 1 January.
    expect(normalizeRule('FREQ=WEEKLY;UNTIL=20271231', 'America/Boise')).toBe('FREQ=WEEKLY;UNTIL=20280101T065959Z');
    expect(normalizeRule('FREQ=WEEKLY;UNTIL=20271231T120000Z', 'America/Boise')).toBe(
      'FREQ=WEEKLY;UNTIL=20271231T120000Z',
    );
  });

  it.each([
    ['FREQ=SECONDLY', 'unsupported', /FREQ=SECONDLY is not supported/],
    ['FREQ=DAILY', 'unsupported', /FREQ=DAILY is not supported/],
    ['FREQ=WEEKLY;BYHOUR=9', 'unsupported', /BYHOUR is not supported/],
    ['FREQ=YEARLY;BYWEEKNO=20', 'unsupported', /BYWEEKNO is not supported/],
    ['FREQ=MONTHLY;RSCALE=HEBREW', 'unsupported', /RSCALE is not supported/],
    ['BYDAY=TU', 'invalid', /FREQ is required/],
    ['FREQ=WEEKLY;COUNT=5;UNTIL=20271231', 'invalid', /COUNT and UNTIL/],
    ['FREQ=WEEKLY;BYDAY=2TU', 'invalid', /plain weekdays/],
    ['FREQ=MONTHLY;BYDAY=6TU', 'invalid', /BYDAY=6TU/],
    ['FREQ=MONTHLY;BYDAY=XX', 'invalid', /not a weekday/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'invalid', /BYMONTHDAY=0/],
    ['FREQ=WEEKLY;INTERVAL=0', 'invalid', /INTERVAL=0/],
    ['FREQ=WEEKLY;FREQ=MONTHLY', 'invalid', /FREQ appears twice/],
    ['FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1', 'unsupported', /BYSETPOS is supported with BYDAY only/],
    ['FREQ=WEEKLY;UNTIL=20271231T120000', 'invalid', /UNTIL=20271231T120000 must be/],
    ['FREQ=WEEKLY;;', 'invalid', /is not NAME=VALUE/],
  ])('refuses %s, naming the field and the rule part', (rrule, code, message) => {
    const found = problem(rrule);
    expect(found).toMatchObject({ field: 'rrule', code });
    expect(found?.message).toMatch(message);
  });
});

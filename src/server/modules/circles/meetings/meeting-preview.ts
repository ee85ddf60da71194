// The meeting form's preview (organizers): the RRULE its repeat choices make and the next five
// dates, before anything is saved, so the browser never loads the recurrence engine. A start on a
// month's fifth weekday with "monthly on that weekday" first asks what months without one do.
import type { MeetingPreview, MeetingPreviewRequest } from '../../../../contracts/meetings.ts';
import { meetingPreviewSchema } from '../../../../contracts/meetings.ts';
import type { Actor } from '../../../http/actor.ts';
import { invalid } from '../../../http/errors.ts';
import { nextDates } from '../recurrence/expand.ts';
import { parseLocal } from '../recurrence/local-time.ts';
import { RecurrenceError } from '../recurrence/recurrence-error.ts';
import { ruleFromForm } from '../recurrence/repeat-form.ts';
import type { MeetingAccess } from './meeting-access.ts';

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The question for a start on its month's fifth weekday, if the form repeats by weekday. */
function fifthWeekdayQuestion(body: ReturnType<typeof meetingPreviewSchema.parse>) {
  if (body.repeat.repeat !== 'monthly-by-weekday' || body.repeat.week !== 5) return undefined;
  const weekday = weekdayNames[parseLocal(body.start, 'start').dayOfWeek - 1];
  return `Not every month has a fifth ${weekday}: skip those months, or meet on the last ${weekday}?`;
}

// The rule builder names the repeat form's own fields ('everyWeeks', 'end.count'); the body nests
// them under `repeat`. The start and zone are the body's own.
const bodyField = (field: string) =>
  ['start', 'timeZone', 'durationMinutes'].includes(field) ? field : `repeat.${field}`;

export function meetingPreviewService(access: MeetingAccess) {
  return {
    async preview(actor: Actor, circleIdOrSlug: string, input: MeetingPreviewRequest): Promise<MeetingPreview> {
      await access.planFor(actor, circleIdOrSlug);
      const body = meetingPreviewSchema.parse(input);
      try {
        const question = fifthWeekdayQuestion(body);
        if (question && body.repeat.repeat === 'monthly-by-weekday' && !body.repeat.fifthWeekday)
          return { rrule: null, next: [], fifthWeekdayQuestion: question };
        const rrule = ruleFromForm(body.repeat, body.start, body.timeZone);
        const series = { ...body, rrule, exdates: [], overrides: [] };
        const next = nextDates(series, 5, new Date()).map((occurrence) => occurrence.start);
        if (next.length === 0) throw invalid('repeat', 'repeat: the series has no date after today');
        return { rrule, next, ...(question ? { fifthWeekdayQuestion: question } : {}) };
      } catch (error) {
        if (error instanceof RecurrenceError) throw invalid(bodyField(error.field), error.message);
        throw error;
      }
    },
  };
}
export type MeetingPreviewService = ReturnType<typeof meetingPreviewService>;

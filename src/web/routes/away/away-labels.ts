// Words for away periods and covers.
import type { AwayReason } from '../../../contracts/cover.ts';
import type { AwayPeriod } from '../../api/away.ts';
import { formatDay } from '../../components/dates.ts';

/** The contract's words, repeated so this screen's first load does not bring zod with the contract. */
export const reasonLabels: Record<AwayReason, string> = { ill: 'Ill', vacation: 'On vacation', leave: 'On leave' };

export const stateLabels: Record<AwayPeriod['state'], string> = {
  upcoming: 'Upcoming',
  running: 'Away now',
  over: 'Over',
};
export const coverLabels: Record<AwayPeriod['covers'][number]['status'], string> = {
  invited: 'Invited',
  accepted: 'Covers',
  declined: 'Declined',
};
export const coverColors: Record<AwayPeriod['covers'][number]['status'], string> = {
  invited: 'gray',
  accepted: 'sage',
  declined: 'red',
};

export const dayLabel = formatDay;
export const rangeLabel = (startsOn: string, endsOn: string) => `${dayLabel(startsOn)} – ${dayLabel(endsOn)}`;

// Words for trades: statuses, whose turn it is, the terms in one line, a balance in minutes.
import type { Trade, TradeSession, TradeStatus } from '../../api/trades.ts';
import { formatMoment } from '../../components/dates.ts';

export const statusLabels: Record<TradeStatus, string> = {
  proposed: 'Proposed',
  countered: 'Countered',
  accepted: 'Accepted',
  scheduled: 'Scheduled',
  completed: 'Completed',
  'no-show': 'No-show',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

export const statusColors: Record<TradeStatus, string> = {
  proposed: 'blue',
  countered: 'grape',
  accepted: 'teal',
  scheduled: 'cyan',
  completed: 'sage',
  'no-show': 'orange',
  declined: 'gray',
  cancelled: 'gray',
};

export const sessionLabels: Record<TradeSession['status'], string> = {
  unscheduled: 'Not scheduled yet',
  scheduled: 'Scheduled',
  completed: 'Took place',
  'no-show': 'No-show',
  cancelled: 'Cancelled',
};

export const termsLine = (trade: Pick<Trade, 'give' | 'receive'>) =>
  `I give ${trade.give.minutes} min ${trade.give.service} · I receive ${trade.receive.minutes} min ${trade.receive.service}`;

export function turnLine(trade: Trade): string | null {
  if (trade.awaiting === 'me') return 'Waiting for your answer';
  if (trade.awaiting === 'partner') return `Waiting for ${trade.partner.name}`;
  return null;
}

export function balanceLine(balance: number, name: string) {
  if (balance > 0) return `${name} owes you ${balance} min`;
  if (balance < 0) return `You owe ${name} ${-balance} min`;
  return 'Even';
}

export const whenLabel = formatMoment;

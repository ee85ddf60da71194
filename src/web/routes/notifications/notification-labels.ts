// Words for the notification screens: category names, the in-app path of a link, a short "when".
import type { NotificationCategory } from '../../api/notifications.ts';
import { formatMoment } from '../../components/dates.ts';

export const categoryLabels: Record<NotificationCategory, string> = {
  referrals: 'Referrals',
  trades: 'Trades',
  connections: 'Network',
  away: 'Cover when away',
  messages: 'Messages',
  contacts: 'My professionals',
  clients: 'Clients',
  circles: 'Circles',
  other: 'Other',
};

/** Links are written for the whole site ('/app/trades/…'); the router works below '/app'. Others open nowhere. */
export function inAppPath(link: string): string | null {
  if (link === '/app' || link.startsWith('/app/')) return link.slice('/app'.length) || '/';
  return null;
}

export const whenLabel = formatMoment;

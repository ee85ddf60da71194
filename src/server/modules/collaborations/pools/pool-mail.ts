// The emails a pool's close sends: to each pledger (what they owe, or that nothing is owed) and to
// the organizer (the totals; the order sheet is on the pool page). Like notices, they carry
// numbers, names and a link, never the words a member typed (the pool's page shows those).
import { appPaths, appUrl } from '../../../../contracts/app-paths.ts';
import { formatCents } from '../../../../contracts/pool-pricing.ts';
import type { OutgoingMail } from '../../../lib/mail-transport.ts';
import type { PoolRow } from './pools.repository.ts';

type Person = { email: string; name: string };
const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;
const signOff = '\n\n— Kneadwork (no payment is taken in Kneadwork: you pay the organizer directly)';

export function pledgerMail(
  publicUrl: string,
  pool: PoolRow,
  to: Person,
  quantity: number,
  organizer: string,
): OutgoingMail {
  const link = appUrl(publicUrl, appPaths.pool(pool.id));
  const hello = `Hello ${to.name || 'there'},\n\n`;
  switch (pool.status) {
    case 'going-ahead': {
      const price = pool.finalUnitPrice ?? pool.listPrice;
      return {
        to: to.email,
        subject: 'A group purchase you pledged to is going ahead',
        text: `${hello}The group purchase organized by ${organizer} reached its minimum and is going ahead.\n\nYou pledged ${units(quantity)} at ${formatCents(price)} each: you owe ${formatCents(quantity * price)} to ${organizer}.\n\nThe pool: ${link}${signOff}`,
      };
    }
    case 'cancelled':
      return {
        to: to.email,
        subject: 'A group purchase you pledged to was cancelled',
        text: `${hello}${organizer} cancelled the group purchase you pledged ${units(quantity)} to. Nothing is owed.\n\nThe pool: ${link}`,
      };
    default:
      return {
        to: to.email,
        subject: 'A group purchase you pledged to did not reach its minimum',
        text: `${hello}The group purchase organized by ${organizer} closed with ${units(pool.totalQuantity)} pledged, short of its minimum of ${pool.minimumQuantity}. It lapsed: nothing is owed for your ${units(quantity)}.\n\nThe pool: ${link}`,
      };
  }
}

export function organizerMail(publicUrl: string, pool: PoolRow, to: Person): OutgoingMail {
  const link = appUrl(publicUrl, appPaths.pool(pool.id));
  const hello = `Hello ${to.name || 'there'},\n\n`;
  if (pool.status === 'going-ahead') {
    const price = pool.finalUnitPrice ?? pool.listPrice;
    return {
      to: to.email,
      subject: 'Your group purchase is going ahead',
      text: `${hello}Your group purchase closed with ${units(pool.totalQuantity)} from ${pool.pledgeCount} ${pool.pledgeCount === 1 ? 'member' : 'members'}, at ${formatCents(price)} each: ${formatCents(pool.totalQuantity * price)} in all. Each pledger has been told what they owe you.\n\nDownload the order sheet (CSV or PDF) from the pool: ${link}${signOff}`,
    };
  }
  return {
    to: to.email,
    subject: 'Your group purchase did not reach its minimum',
    text: `${hello}Your group purchase closed with ${units(pool.totalQuantity)} pledged, short of its minimum of ${pool.minimumQuantity}. It lapsed; the pledgers have been told nothing is owed.\n\nThe pool: ${link}`,
  };
}

// Words and money for the pool screens.
import type { PoolStatus } from '../../api/pools.ts';
export { formatCents } from '../../../contracts/pool-pricing.ts';

export const statusLabels: Record<PoolStatus, string> = {
  open: 'Open',
  'going-ahead': 'Going ahead',
  lapsed: 'Lapsed',
  cancelled: 'Cancelled',
};
export const statusColors: Record<PoolStatus, string> = {
  open: 'blue',
  'going-ahead': 'sage',
  lapsed: 'gray',
  cancelled: 'gray',
};

export const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;

// The price ladder: the list price and each tier, with the one the total has reached marked, so a
// pledger sees what everyone pays now and how far the next tier is.
import { Badge, Text } from '@mantine/core';
import type { Pool } from '../../api/pools.ts';
import '../../components/plain-table.css';
import { formatCents, units } from './pool-labels.ts';

export function TiersTable({ pool }: { pool: Pool }) {
  const rows = [
    { key: 0, label: 'List price', from: 'Below the first tier', price: pool.listPrice },
    ...pool.tiers.map((tier, index) => ({
      key: index + 1,
      label: `Tier ${index + 1}`,
      from: `From ${units(tier.minQuantity)}`,
      price: tier.unitPrice,
    })),
  ];
  const reached = pool.currentTier ?? 0;
  const next = pool.tiers[reached];
  return (
    <>
      <table className="plain-table" aria-label="Price tiers">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Total quantity</th>
            <th scope="col">Unit price</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-reached={row.key === reached ? 'true' : undefined}
              aria-current={row.key === reached ? 'true' : undefined}
            >
              <th scope="row">
                {row.label}{' '}
                {row.key === reached && (
                  <Badge color="sage" variant="light" size="sm">
                    Reached
                  </Badge>
                )}
              </th>
              <td>{row.from}</td>
              <td>{formatCents(row.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next && pool.status === 'open' && (
        <Text size="sm" c="dimmed">
          {units(next.minQuantity - pool.totalQuantity)} more and everyone pays {formatCents(next.unitPrice)}.
        </Text>
      )}
    </>
  );
}

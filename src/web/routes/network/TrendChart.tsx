// Referrals over the last 12 months as a plain SVG bar chart: sent and received side by side per
// month, clients returned as a line. Screen readers get the title and a summary; the same numbers
// follow as a table (TrendTable).
import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import type { Reciprocity } from '../../api/network.ts';
import { monthLabel } from './months.ts';

type Month = Reciprocity['trend'][number];

const width = 640;
const height = 220;
const pad = { top: 12, right: 12, bottom: 28, left: 32 };
const colors = {
  sent: 'var(--mantine-color-sage-7)',
  received: 'var(--mantine-color-blue-5)',
  returned: 'var(--mantine-color-orange-7)',
};

/** A round top for the scale (at least 2, so a single referral does not fill the chart). */
const ceiling = (months: Month[]) =>
  Math.max(2, ...months.flatMap((month) => [month.sent, month.received, month.returned]));

function Legend() {
  return (
    <Group gap="md" aria-hidden>
      {(Object.keys(colors) as (keyof typeof colors)[]).map((key) => (
        <Group key={key} gap={6}>
          <svg width="12" height="12">
            <rect width="12" height="12" rx="2" fill={colors[key]} />
          </svg>
          <Text size="xs">{key === 'returned' ? 'Clients returned' : key === 'sent' ? 'Sent' : 'Received'}</Text>
        </Group>
      ))}
    </Group>
  );
}

export function TrendChart({ months }: { months: Month[] }) {
  const titleId = useId();
  const descId = useId();
  const top = ceiling(months);
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const bar = Math.min(16, slot / 3);
  const y = (value: number) => pad.top + plotHeight - (value / top) * plotHeight;
  const totals = months.reduce(
    (sum, month) => ({
      sent: sum.sent + month.sent,
      received: sum.received + month.received,
      returned: sum.returned + month.returned,
    }),
    { sent: 0, received: 0, returned: 0 },
  );
  const line = months.map((month, index) => `${pad.left + slot * index + slot / 2},${y(month.returned)}`).join(' ');
  const ticks = [0, Math.round(top / 2), top];

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ maxWidth: width, display: 'block' }}
      >
        <title id={titleId}>Referrals per month, last 12 months</title>
        <desc
          id={descId}
        >{`In total ${totals.sent} sent, ${totals.received} received and ${totals.returned} clients returned. The numbers per month are in the table below.`}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-gray-3)" />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="var(--mantine-color-gray-6)">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const x = pad.left + slot * index + slot / 2;
          return (
            <g key={month.month}>
              <rect x={x - bar} y={y(month.sent)} width={bar} height={y(0) - y(month.sent)} fill={colors.sent} rx="2" />
              <rect
                x={x}
                y={y(month.received)}
                width={bar}
                height={y(0) - y(month.received)}
                fill={colors.received}
                rx="2"
              />
              <text x={x} y={height - 8} textAnchor="middle" fontSize="11" fill="var(--mantine-color-gray-7)">
                {monthLabel(month.month, index === 0)}
              </text>
            </g>
          );
        })}
        <polyline points={line} fill="none" stroke={colors.returned} strokeWidth="2" />
        {months.map((month, index) => (
          <circle
            key={month.month}
            cx={pad.left + slot * index + slot / 2}
            cy={y(month.returned)}
            r="3"
            fill={colors.returned}
          />
        ))}
      </svg>
      <figcaption>
        <Legend />
      </figcaption>
    </figure>
  );
}

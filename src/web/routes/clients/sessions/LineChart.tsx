// A small inline SVG line chart (no chart library): one line per series over shared x labels, named
// for assistive technology; the same figures are always shown in a table beside it (FigureTable).
import { Text } from '@mantine/core';
import '../../../components/plain-table.css';

export type ChartSeries = { label: string; color: string; values: (number | null)[]; dashed?: boolean };
type Props = { title: string; labels: string[]; series: ChartSeries[]; min: number; max: number };

const width = 320;
const height = 160;
const pad = { left: 28, right: 8, top: 8, bottom: 22 };

export function LineChart({ title, labels, series, min, max }: Props) {
  const x = (index: number) =>
    pad.left +
    (labels.length <= 1
      ? (width - pad.left - pad.right) / 2
      : (index * (width - pad.left - pad.right)) / (labels.length - 1));
  const y = (value: number) => pad.top + ((max - value) * (height - pad.top - pad.bottom)) / (max - min || 1);
  const ticks = [min, (min + max) / 2, max];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ maxWidth: 480, display: 'block' }}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text x={pad.left - 4} y={y(tick) + 3} fontSize={9} textAnchor="end" fill="currentColor">
              {Math.round(tick * 10) / 10}
            </text>
          </g>
        ))}
        {labels.map((label, index) =>
          labels.length <= 6 || index === 0 || index === labels.length - 1 ? (
            <text
              key={`${label}-${index}`}
              x={x(index)}
              y={height - 6}
              fontSize={9}
              textAnchor="middle"
              fill="currentColor"
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((each) => {
          const points = each.values
            .map((value, index) => (value === null ? null : `${x(index)},${y(value)}`))
            .filter((point): point is string => point !== null);
          return (
            <g key={each.label} stroke={each.color} fill={each.color}>
              <polyline
                points={points.join(' ')}
                fill="none"
                strokeWidth={2}
                strokeDasharray={each.dashed ? '4 3' : undefined}
              />
              {each.values.map((value, index) =>
                value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r={3} />,
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {series.map((each) => (
          <Text key={each.label} span size="xs" mr="sm">
            <span aria-hidden style={{ color: each.color }}>
              {each.dashed ? '- - ' : '— '}
            </span>
            {each.label}
          </Text>
        ))}
      </figcaption>
    </figure>
  );
}

/** The chart's figures as a table: one row per x label, one column per series (a plain table: Mantine's brings its scroll area). */
export function FigureTable({ caption, labels, series }: { caption: string; labels: string[]; series: ChartSeries[] }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="plain-table" style={{ minWidth: 260, fontSize: 'var(--mantine-font-size-xs)' }}>
        <caption style={{ captionSide: 'top', textAlign: 'start', color: 'var(--mantine-color-dimmed)' }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {series.map((each) => (
              <th scope="col" key={each.label}>
                {each.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <tr key={`${label}-${index}`}>
              <th scope="row">{label}</th>
              {series.map((each) => (
                <td key={each.label}>{each.values[index] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

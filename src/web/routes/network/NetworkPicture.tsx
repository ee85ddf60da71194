// A picture of my referral network: me in the middle, partners around, an arrow for each direction
// referrals flow, as thick as the number of referrals. The per-partner table holds the same numbers.
import { useId } from 'react';
import type { Reciprocity } from '../../api/network.ts';

type Network = Reciprocity['network'];

const size = 360;
const centre = size / 2;
const radius = 110;
const nodeRadius = 22;

type Point = { x: number; y: number };

/** Partners evenly around a circle, starting at the top; me at the centre. */
function layout(nodes: Network['nodes']): Map<string, Point> {
  const partners = nodes.filter((node) => node.role === 'partner');
  const places = new Map<string, Point>();
  for (const node of nodes) if (node.role === 'me') places.set(node.id, { x: centre, y: centre });
  partners.forEach((node, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, partners.length);
    places.set(node.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) });
  });
  return places;
}

/** A gentle curve from one circle's edge to the other's, bent to one side so the two directions do not overlap. */
function curve(from: Point, to: Point): { path: string; middle: Point } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const start = { x: from.x + ux * nodeRadius, y: from.y + uy * nodeRadius };
  const end = { x: to.x - ux * (nodeRadius + 4), y: to.y - uy * (nodeRadius + 4) };
  const bend = { x: (start.x + end.x) / 2 - uy * 18, y: (start.y + end.y) / 2 + ux * 18 };
  return { path: `M${start.x},${start.y} Q${bend.x},${bend.y} ${end.x},${end.y}`, middle: bend };
}

/** A partner's name outside their circle, on the side away from me, so arrows never cross it. */
function PartnerLabel({ place, label }: { place: Point; label: string }) {
  const dx = place.x - centre;
  const dy = place.y - centre;
  const length = Math.hypot(dx, dy) || 1;
  const x = place.x + (dx / length) * (nodeRadius + 8);
  const y = place.y + (dy / length) * (nodeRadius + 12) + 4;
  const anchor = Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end';
  return (
    <text x={x} y={y} fontSize="11" textAnchor={anchor} fill="var(--mantine-color-dark-7)" fontWeight={600}>
      {label}
    </text>
  );
}

const shortName = (label: string) => (label.length > 16 ? `${label.slice(0, 15)}…` : label);

export function NetworkPicture({ network }: { network: Network }) {
  const titleId = useId();
  const arrowId = useId();
  const places = layout(network.nodes);
  const labels = new Map(network.nodes.map((node) => [node.id, node.label]));
  const summary = network.edges
    .map((edge) => `${labels.get(edge.from) ?? '?'} to ${labels.get(edge.to) ?? '?'}: ${edge.weight}`)
    .join('; ');
  const heaviest = Math.max(1, ...network.edges.map((edge) => edge.weight));
  // Only as tall as the partners need (one partner above me leaves the bottom half empty).
  const ys = [...places.values()].map((place) => place.y);
  const top = Math.max(0, Math.min(...ys) - nodeRadius - 24);
  const bottom = Math.min(size, Math.max(...ys) + nodeRadius + 24);
  return (
    <svg
      viewBox={`0 ${top} ${size} ${bottom - top}`}
      width="100%"
      style={{ maxWidth: size, display: 'block', margin: '0 auto' }}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{`Who refers to whom. ${summary || 'No referrals yet.'}`}</title>
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="10"
          markerHeight="10"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="var(--mantine-color-gray-6)" />
        </marker>
      </defs>
      {network.edges.map((edge) => {
        const from = places.get(edge.from);
        const to = places.get(edge.to);
        if (!from || !to) return null;
        const { path, middle } = curve(from, to);
        return (
          <g key={`${edge.from}-${edge.to}`}>
            <path
              d={path}
              fill="none"
              stroke="var(--mantine-color-gray-6)"
              strokeWidth={1.5 + (4 * edge.weight) / heaviest}
              markerEnd={`url(#${arrowId})`}
            />
            <text
              x={middle.x}
              y={middle.y}
              fontSize="11"
              textAnchor="middle"
              dy="-3"
              fill="var(--mantine-color-dark-6)"
            >
              {edge.weight}
            </text>
          </g>
        );
      })}
      {network.nodes.map((node) => {
        const place = places.get(node.id)!;
        const me = node.role === 'me';
        return (
          <g key={node.id}>
            <circle
              cx={place.x}
              cy={place.y}
              r={nodeRadius}
              fill={me ? 'var(--mantine-color-sage-7)' : 'var(--mantine-color-sage-0)'}
              stroke="var(--mantine-color-sage-7)"
            />
            {me ? (
              <text x={place.x} y={place.y + 4} fontSize="11" textAnchor="middle" fill="white" fontWeight={600}>
                Me
              </text>
            ) : (
              <PartnerLabel place={place} label={shortName(node.label)} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

// The map view, in its own chunk with Leaflet. Markers are SVG circles (no image assets), drawn in
// the overlay pane, so they show even when map tiles cannot load. The search origin and radius are
// drawn too. Popups link to the member's page through the app's router.
import 'leaflet/dist/leaflet.css';
import { Paper, Stack, Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useNavigate } from '../../app/routing.tsx';
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { useClientConfig } from '../../api/directory.ts';
import type { Taxonomy } from '../../api/profile.ts';
import { formatDistance } from './distance.ts';

const metersPer = { mi: 1609.344, km: 1000 } as const;
const sage = '#2f7d66';

function popupFor(
  item: DirectoryResult['items'][number],
  taxonomy: Taxonomy | undefined,
  unit: 'mi' | 'km',
  open: (slug: string) => void,
) {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = `/app/members/${encodeURIComponent(item.slug)}`;
  link.textContent = item.displayName;
  link.style.fontWeight = '600';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(item.slug);
  });
  const detail = document.createElement('div');
  const distance = formatDistance(item.distance, unit);
  detail.textContent = [
    taxonomy?.professions[item.profession as keyof Taxonomy['professions']] ?? item.profession,
    item.city,
    distance,
  ]
    .filter(Boolean)
    .join(' · ');
  box.append(link, detail);
  return box;
}

export function DirectoryMap({
  result,
  taxonomy,
  radius,
}: {
  result: DirectoryResult;
  taxonomy: Taxonomy | undefined;
  radius: number | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const config = useClientConfig();
  const navigate = useNavigate();
  const located = result.items.filter((item) => item.location);

  useEffect(() => {
    if (!container.current || !config.data) return;
    const located = result.items.filter((item) => item.location);
    const origin = result.origin ? L.latLng(result.origin.lat, result.origin.lng) : null;
    const meters = origin && radius ? radius * metersPer[result.unit] : null;

    // The view first: Leaflet draws layers (and so creates their SVG elements) once the map has one.
    const map = L.map(container.current, { scrollWheelZoom: false });
    const bounds = L.latLngBounds(located.map((item) => [item.location!.lat, item.location!.lng]));
    if (origin) bounds.extend(located.length === 0 && meters ? origin.toBounds(meters * 2) : origin);
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 13 });
    else map.setView([45, -95], 3);
    L.tileLayer(config.data.map.tileUrl, { attribution: config.data.map.attribution, maxZoom: 18 }).addTo(map);

    if (origin && result.origin) {
      if (meters)
        L.circle(origin, { radius: meters, color: sage, weight: 1, fillOpacity: 0.05, interactive: false }).addTo(map);
      L.circleMarker(origin, { radius: 6, color: '#1f2933', weight: 2, fillColor: '#fff', fillOpacity: 1 })
        .bindTooltip(`Search centre: ${result.origin.label}`)
        .addTo(map);
    }
    for (const item of located) {
      const marker = L.circleMarker([item.location!.lat, item.location!.lng], {
        radius: 9,
        color: '#fff',
        weight: 2,
        fillColor: item.acceptingReferrals ? sage : '#868e96',
        fillOpacity: 0.95,
      })
        .bindPopup(popupFor(item, taxonomy, result.unit, (slug) => void navigate(`/members/${slug}`)))
        .bindTooltip(item.displayName)
        .addTo(map);
      const element = marker.getElement();
      element?.setAttribute('data-slug', item.slug);
      element?.setAttribute('aria-label', item.displayName);
    }
    return () => {
      map.remove();
    };
  }, [config.data, result, radius, taxonomy, navigate]);

  return (
    <Stack gap="xs">
      <div
        ref={container}
        className="map-container"
        role="region"
        aria-label={`Map of ${located.length} professionals`}
        data-testid="directory-map"
      />
      <Paper px="sm" py={6} radius="md" bg="transparent">
        <Text size="xs" c="dimmed">
          {[
            'Green: accepting referrals',
            'Grey: not at the moment',
            result.origin && 'White: the search centre',
            result.total > result.items.length &&
              `Showing the first ${result.items.length} of ${result.total}${result.totalExact ? '' : '+'}; narrow the search to see the rest`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Paper>
    </Stack>
  );
}

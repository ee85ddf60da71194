// Where a meeting is, as a link: an address opens an OpenStreetMap search (nothing is fetched
// here), the circle's room its video room, an external link itself.
import type { Meeting } from '../../api/meetings.ts';

export type PlaceLink = { label: string; action: string } & ({ href: string } | { to: string });

export function placeLink(place: Meeting['place'], circleSlug: string): PlaceLink {
  switch (place.kind) {
    case 'address':
      return {
        label: place.text,
        href: `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.text)}`,
        action: 'Map',
      };
    case 'room':
      return { label: 'The circle’s video room', to: `/circles/${circleSlug}/room`, action: 'Join the video room' };
    case 'link':
      return { label: place.text, href: place.text, action: 'Open the link' };
  }
}

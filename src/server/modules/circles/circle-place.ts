// A circle's home town as its columns, from a postal code (lib/geo.ts): the place's name for people,
// its coordinates for the distance search. No postal code: an online-only circle, no town.
import { invalid } from '../../http/errors.ts';
import { lookupPostalCode } from '../../lib/geo.ts';

export function homeTownOf(postalCode: string | null) {
  if (postalCode === null) return { postalCode: null, city: '', region: '', country: null, lat: null, lng: null };
  const place = lookupPostalCode(postalCode);
  if (!place) throw invalid('postalCode', 'is not a postal code we know');
  const { city, region, country, lat, lng } = place;
  return { postalCode: place.postalCode, city, region, country, lat, lng };
}

// PostgreSQL's earthdistance, computed the way the extension computes it, so the in-process index
// measures the very distances the SQL measured: a sphere of radius earth() = 6,378,168 m, points as
// (x, y, z) from ll_to_earth(), distance = sec_to_gc(cube_distance()). Rows go through radians()
// (x * the π/180 constant), origins through db/distance.ts's `(lat · π) / 180`; each keeps its own
// formula because the two can differ in the last bit, and the SQL used exactly these.

export const earthRadius = 6378168;
const radiansPerDegree = Math.PI / 180; // equals PostgreSQL's RADIANS_PER_DEGREE bit for bit

export type EarthPoint = { x: number; y: number; z: number };

/** ll_to_earth(lat, lng) for a row: cube(cube(cube(R·cos φ·cos λ), R·cos φ·sin λ), R·sin φ). */
export function rowPoint(lat: number, lng: number): EarthPoint {
  const [phi, lambda] = [lat * radiansPerDegree, lng * radiansPerDegree];
  return {
    x: earthRadius * Math.cos(phi) * Math.cos(lambda),
    y: earthRadius * Math.cos(phi) * Math.sin(lambda),
    z: earthRadius * Math.sin(phi),
  };
}

/** The origin of a search, as db/distance.ts sends it to PostgreSQL. */
export function originPoint(lat: number, lng: number): EarthPoint {
  const [phi, lambda] = [(lat * Math.PI) / 180, (lng * Math.PI) / 180];
  return {
    x: Math.cos(phi) * Math.cos(lambda) * earthRadius,
    y: Math.cos(phi) * Math.sin(lambda) * earthRadius,
    z: Math.sin(phi) * earthRadius,
  };
}

/** cube_distance: the straight-line (chord) distance, summed in x, y, z order. */
export function chord(a: EarthPoint, bx: number, by: number, bz: number) {
  const dx = a.x - bx;
  const dy = a.y - by;
  const dz = a.z - bz;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** sec_to_gc: a chord as the great-circle distance in metres. */
export function chordToMeters(chordLength: number) {
  if (chordLength < 0) return 0;
  if (chordLength / (2 * earthRadius) > 1) return Math.PI * earthRadius;
  return 2 * earthRadius * Math.asin(chordLength / (2 * earthRadius));
}

/** gc_to_sec: the chord of a great-circle distance, the half-side of earth_box(). */
export function metersToChord(meters: number) {
  if (meters < 0) return 0;
  if (meters / earthRadius > Math.PI) return 2 * earthRadius;
  return 2 * earthRadius * Math.sin(meters / (2 * earthRadius));
}

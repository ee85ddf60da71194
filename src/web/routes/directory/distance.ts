/** "0.7 mi", "12 km": a distance as the directory shows it (null when unknown). */
export const formatDistance = (distance: number | null, unit: 'mi' | 'km') =>
  distance === null ? null : `${distance < 10 ? distance.toFixed(1) : Math.round(distance)} ${unit}`;

/** The first index in ascending `sorted` holding at least `value` (numbers, or strings by code unit). */
export function lowerBound<T extends number | string>(sorted: readonly T[], value: T) {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

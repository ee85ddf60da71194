// The drop rule, as documented in docs/questionnaires/massage-alliance-check-in.md: a client is
// compared with their own baseline (alliance measures have no standard cut-offs). Baseline = the
// mean of the first two answered check-ins per subscale (item means on the questionnaire's scale);
// the latest check-in (a third or later) alerts on a subscale that fell at least 1 point, or at
// least 20 % of the baseline, below it — whichever is reached first.
export const allianceSubscales = ['goal', 'task', 'bond'] as const;
export type AllianceSubscale = (typeof allianceSubscales)[number];
export type TrendInput = { checkInId: string; means: Partial<Record<string, number>> };

export const dropPoints = 1;
export const dropShare = 0.2;

export function baselineOf(points: TrendInput[]) {
  if (points.length < 3) return null;
  const [first, second] = points as [TrendInput, TrendInput];
  const baseline = {} as Record<AllianceSubscale, number>;
  for (const key of allianceSubscales) {
    const values = [first.means[key], second.means[key]].filter((value): value is number => value !== undefined);
    if (values.length === 0) return null;
    baseline[key] = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  }
  return baseline;
}

export function dropOf(points: TrendInput[]) {
  const baseline = baselineOf(points);
  if (!baseline) return { baseline: null, alert: null };
  const latest = points.at(-1)!;
  const subscales = allianceSubscales.filter((key) => {
    const value = latest.means[key];
    if (value === undefined) return false;
    const threshold = Math.min(dropPoints, dropShare * baseline[key]);
    return baseline[key] - value >= threshold - 1e-9;
  });
  return { baseline, alert: subscales.length > 0 ? { subscales, checkInId: latest.checkInId } : null };
}

export function median(values: number[]) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

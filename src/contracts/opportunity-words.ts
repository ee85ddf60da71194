// The words for the board's kinds and pay periods, without zod, so the web's pages can import them
// without the schema library (docs/decisions/019).
export const opportunityKinds = {
  job: 'Job',
  room: 'Room or office',
  event: 'Weekend event or gig',
  'cover-shift': 'Cover shift',
  'couples-massage': 'Couples-massage partner',
  research: 'Research',
  volunteer: 'Volunteer event',
} as const;
export type OpportunityKind = keyof typeof opportunityKinds;

export const payPeriods = {
  hour: 'per hour',
  session: 'per session',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
  once: 'in total',
} as const;

/** "$45.00 per hour" */
export function payLabel(pay: { amountCents: number; currency: string; per: keyof typeof payPeriods }) {
  const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: pay.currency }).format(
    pay.amountCents / 100,
  );
  return `${amount} ${payPeriods[pay.per]}`;
}

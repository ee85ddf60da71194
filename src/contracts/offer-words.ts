// Offers' plain constants and words, without zod, for the web's offer screens; offers.ts
// re-exports them for the server.
/** Printed on every certificate and shown with every offer. */
export const nonTransferableNotice = 'Professional Offer Only — Non-Transferable';

export const offerKinds = {
  'free-session': 'Free session',
  'percent-off': 'Percent off',
  'free-gift': 'Free gift',
} as const;
export type OfferKind = keyof typeof offerKinds;

export const offerLimits = {
  minutes: { min: 10, max: 180, default: 30 },
  percent: { min: 20, max: 50 },
  maxIssued: { min: 1, max: 10_000 },
} as const;

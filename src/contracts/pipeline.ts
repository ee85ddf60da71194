// The outreach pipeline's words: its stages in order and the channels of an approach. Kept apart
// from the zod schemas so a screen that only shows a stage or a channel does not load zod.
export const stages = {
  identified: 'Identified',
  introduced: 'Introduced',
  met: 'Met',
  trading: 'Trading',
  allied: 'Allied',
  'not-now': 'Not now',
} as const;
export type Stage = keyof typeof stages;
/** The forward path; "not-now" sits beside it. */
export const pipeline: Stage[] = ['identified', 'introduced', 'met', 'trading', 'allied'];

export const channels = { 'face-to-face': 'Face to face', phone: 'Phone', letter: 'Letter', email: 'Email' } as const;
export type Channel = keyof typeof channels;
